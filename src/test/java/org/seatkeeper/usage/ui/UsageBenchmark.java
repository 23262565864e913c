package org.seatkeeper.usage.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.RunningMinutes;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.usage.PotDay;
import org.seatkeeper.usage.PotSummary;
import org.seatkeeper.usage.UsageBackfill;
import org.seatkeeper.usage.UsagePeriod;
import org.seatkeeper.usage.UsagePoint;
import org.seatkeeper.usage.UsageReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 10's benchmark, not part of the test suite: two years of history for the three pools and 20
 * named pots, then the server's time to compute each period's table and draw each chart (p50/p95, target
 * p95 below 300 ms for 12 months), then the cost of recording: admissions per second with the recording
 * running minute in the admission's statements and without it, alternately in one run (target ratio at least
 * 0.95). Run with
 * <pre>./mvnw test -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=UsageBenchmark</pre>
 * Optional: -Dbenchmark.seconds=8 (seconds of each admission phase, default 6), -Dbenchmark.rounds=10 (pairs
 * of phases, default 4; more and shorter phases on a busy machine).
 */
@Tag("benchmark")
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class UsageBenchmark {

    static final int DAYS = 730;
    static final int POTS = 20;
    static final int RUNS = 20;
    static final int THREADS = 4;
    static final int ROUNDS = 4;

    @Autowired
    UsageBackfill backfill;

    @Autowired
    UsageReports reports;

    @Autowired
    Admissions admissions;

    @Autowired
    SeatPools seatPools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void two_years_are_shown_quickly_and_recording_costs_little() throws Exception {
        ZoneId zone = clock.getZone();
        long loading = System.nanoTime();
        load(zone);
        System.out.printf(
                Locale.ROOT,
                "%nLoaded %d days for 3 pools and %d pots in %.1f s: %d minute rows, %d hour rows," + " %d pot days%n",
                DAYS,
                POTS,
                (System.nanoTime() - loading) / 1e9,
                count("usage_minute"),
                count("usage_hour"),
                count("pot_usage_day"));

        System.out.printf(
                Locale.ROOT, "%n%-44s %9s %9s%n", "Rendered on the server (" + RUNS + " runs)", "p50 ms", "p95 ms");
        for (UsagePeriod period : UsagePeriod.values()) {
            List<UsageReports.PoolHistory> pools = reports.pools(period);
            time(period.label() + ": table (3 pools, read and summed)", () -> reports.pools(period), null);
            for (UsageReports.PoolHistory pool : pools) {
                time(
                        period.label() + ": chart " + pool.summary().pool().label() + " ("
                                + pool.chart().size() + " pts)",
                        () -> UsageChart.pool(
                                pool.chart(),
                                zone,
                                UsageChart.Palette.LIGHT,
                                UsageView.CHART_WIDTH,
                                UsageView.POOL_CHART_HEIGHT),
                        null);
            }
            time(
                    period.label() + ": whole pools section",
                    () -> reports.pools(period).stream()
                            .map(p -> UsageChart.pool(
                                    p.chart(),
                                    zone,
                                    UsageChart.Palette.LIGHT,
                                    UsageView.CHART_WIDTH,
                                    UsageView.POOL_CHART_HEIGHT))
                            .toList(),
                    period == UsagePeriod.YEAR ? 300.0 : null);
        }
        List<PotSummary> pots = reports.pots();
        time("Pots: table (" + pots.size() + " pots, 12 months)", reports::pots, null);
        time(
                "Pots: one chart (" + pots.getFirst().days().size() + " days)",
                () -> UsageChart.pot(
                        pots.getFirst().days(),
                        zone,
                        UsageChart.Palette.LIGHT,
                        UsageView.CHART_WIDTH,
                        UsageView.POT_CHART_HEIGHT),
                null);

        recordingCost();
    }

    /** Two years of a working-day pattern by the minute, written a month at a time; 20 pots by the day. */
    private void load(ZoneId zone) {
        Random random = new Random(10);
        LocalDate today = LocalDate.now(clock);
        int[] capacities = {25, 40, 5};
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            int capacity = capacities[pool.ordinal()];
            List<UsagePoint> month = new ArrayList<>();
            int inUse = 0;
            for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
                LocalDate date = today.minusDays(daysAgo);
                boolean working = date.getDayOfWeek().getValue() <= 5;
                double level = capacity * (0.5 + 0.6 * random.nextDouble());
                ZonedDateTime end = date.plusDays(1).atStartOfDay(zone);
                for (ZonedDateTime at = date.atStartOfDay(zone); at.isBefore(end); at = at.plusMinutes(1)) {
                    int hour = at.getHour();
                    int target = working && hour >= 8 && hour < 17 ? (int) level : 0;
                    if (random.nextDouble() < 0.2) {
                        inUse += Integer.signum(target - inUse);
                    }
                    int refused = inUse >= capacity && random.nextDouble() < 0.05 ? 1 : 0;
                    month.add(new UsagePoint(at.toInstant(), Math.min(inUse, capacity), 0, capacity, 0, refused));
                }
                if (daysAgo % 30 == 0 || daysAgo == 1) {
                    backfill.minutes(pool, month);
                    month = new ArrayList<>();
                }
            }
        }
        List<PotDay> days = new ArrayList<>();
        for (int pot = 1; pot <= POTS; pot++) {
            for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
                days.add(new PotDay(
                        today.minusDays(daysAgo),
                        900_000 + pot,
                        "MODULE",
                        "Benchmark pot " + pot,
                        40 + random.nextInt(11),
                        50));
            }
        }
        backfill.potDays(days);
    }

    private static void time(String what, Supplier<?> work, Double target) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double p95 = ms[(int) Math.ceil(RUNS * 0.95) - 1];
        System.out.printf(
                Locale.ROOT,
                "%-44s %9.1f %9.1f%s%n",
                what,
                ms[RUNS / 2 - 1],
                p95,
                target == null
                        ? ""
                        : "   target p95 < " + target.intValue() + " ms: " + (p95 < target ? "met" : "NOT met"));
    }

    /**
     * Admissions and ends on {@value #THREADS} threads, with recording and without it, alternating
     * {@value #ROUNDS} times (or -Dbenchmark.rounds), so a machine whose load drifts charges both alike:
     * rounds take turns at which goes first (with-without, then without-with), since a machine still
     * warming up favours the later.
     */
    private void recordingCost() throws Exception {
        int seconds = Integer.getInteger("benchmark.seconds", 6);
        int rounds = Integer.getInteger("benchmark.rounds", ROUNDS);
        TestPools.set(jdbc, 10_000, 10_000, 10_000);
        double[] with = new double[rounds];
        double[] without = new double[rounds];
        try {
            admissionsPerSecond(
                    2 * seconds); // warm-up: the first phase after the load and the renders ran at half speed
            for (int round = 0; round < rounds; round++) {
                boolean withFirst = round % 2 == 0;
                if (withFirst) {
                    with[round] = admissionsPerSecond(seconds);
                }
                RunningMinutes.record(seatPools, false);
                without[round] = admissionsPerSecond(seconds);
                RunningMinutes.record(seatPools, true);
                if (!withFirst) {
                    with[round] = admissionsPerSecond(seconds);
                }
            }
        } finally {
            RunningMinutes.record(seatPools, true);
        }
        double ratio = Arrays.stream(with).average().orElseThrow()
                / Arrays.stream(without).average().orElseThrow();
        double[] paired = new double[rounds];
        Arrays.setAll(paired, round -> with[round] / without[round]);
        System.out.printf(
                Locale.ROOT,
                "%nAdmissions per second (admit and end, %d threads, %d s per phase, alternating):%n"
                        + "  with recording    %s%n  without recording %s%n  each round's ratio %s (median %.3f)%n"
                        + "  ratio with/without %.3f   target >= 0.95: %s%n",
                THREADS,
                seconds,
                rates(with),
                rates(without),
                ratios(paired),
                median(paired),
                ratio,
                ratio >= 0.95 ? "met" : "NOT met");
    }

    private static String ratios(double[] ratios) {
        return String.join(
                "  ",
                Arrays.stream(ratios)
                        .mapToObj(r -> String.format(Locale.ROOT, "%8.3f", r))
                        .toList());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String rates(double[] rates) {
        return String.join(
                "  ",
                Arrays.stream(rates)
                        .mapToObj(r -> String.format(Locale.ROOT, "%8.0f", r))
                        .toList());
    }

    private double admissionsPerSecond(int seconds) throws InterruptedException {
        SecurityContext security = SecurityContextHolder.getContext();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong admitted = new AtomicLong();
        CountDownLatch done = new CountDownLatch(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread.ofPlatform().start(() -> {
                SecurityContextHolder.setContext(security);
                long id = 800_000 + thread * 100_000L;
                try {
                    while (running.get()) {
                        id++;
                        AdmittedSession session = admissions.admit(
                                new Applicant(id, "bench-" + id, "Bench " + id, AdmissionClass.STANDARD),
                                ClientDetails.portal("10.9.0.1", "Benchmark", "node-1"));
                        admissions.end(session.id(), EndReason.SIGNED_OUT);
                        admitted.incrementAndGet();
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        long start = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds));
        running.set(false);
        done.await();
        return admitted.get() / ((System.nanoTime() - start) / 1e9);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
