package org.seatkeeper.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Usage view and the overview show of the usage history: each pool's chart series and figures
 * over a period, the named pots over a year, the what-if estimate, the series for CSV. Administrators
 * (and support) only. Working hours and the time zone are the server's (docs/decisions/0015).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class UsageReports {

    /** The most seats a what-if may try, as the API allows. */
    public static final int MOST_SEATS = 100_000;
    /** How far back the named pots are shown. */
    public static final int POT_DAYS = 365;

    private final UsageHistory history;
    private final UsageSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    UsageReports(UsageHistory history, UsageSettings settings, JdbcClient jdbc, Clock clock) {
        this.history = history;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A pool's figures over the period and the series its chart draws. */
    public record PoolHistory(PoolSummary summary, List<UsagePoint> chart) {}

    /** Every concurrent pool over the period. */
    public List<PoolHistory> pools(UsagePeriod period) {
        Instant now = clock.instant();
        Instant from = period.start(now, clock.getZone());
        Map<ConcurrentPool, Long> refused = usersRefused(from, now);
        List<PoolHistory> pools = new ArrayList<>();
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            List<UsagePoint> hours = history.series(pool, from, now, Resolution.HOUR);
            List<UsagePoint> chart = period.chartResolution() == Resolution.MINUTE
                    ? history.series(pool, from, now, Resolution.MINUTE)
                    : hours;
            pools.add(new PoolHistory(
                    PoolSummary.of(pool, period, hours, now, refused.getOrDefault(pool, 0L), settings, clock.getZone()),
                    chart));
        }
        return pools;
    }

    /** Today's figures of every pool, for the overview. */
    public List<PoolSummary> today() {
        Instant now = clock.instant();
        Instant from = UsagePeriod.TODAY.start(now, clock.getZone());
        Map<ConcurrentPool, Long> refused = usersRefused(from, now);
        return Arrays.stream(ConcurrentPool.values())
                .map(pool -> PoolSummary.of(
                        pool,
                        UsagePeriod.TODAY,
                        history.series(pool, from, now, Resolution.HOUR),
                        now,
                        refused.getOrDefault(pool, 0L),
                        settings,
                        clock.getZone()))
                .toList();
    }

    /** Whether the period's minutes are all still kept, so that it can be replayed or exported by the minute. */
    public boolean minutesKept(UsagePeriod period) {
        Instant now = clock.instant();
        return !period.start(now, clock.getZone()).isBefore(now.minus(settings.minuteRetention()));
    }

    /** How many days the minutes are kept, so that only periods within them can be replayed. */
    public long minuteRetentionDays() {
        return settings.minuteRetention().toDays();
    }

    /** Why a period cannot be replayed, in plain English (the Usage view says it in the reader's language). */
    public String minutesNotKept(UsagePeriod period) {
        return "No estimate for " + period.label().toLowerCase() + ": minutes are kept for "
                + settings.minuteRetention().toDays()
                + " days and only minutes can be replayed. Choose a shorter period.";
    }

    /**
     * What another capacity would have done over the period ({@link WhatIf}).
     *
     * @throws RefusedException when the seats are missing or out of range, or the period's minutes are gone
     */
    public WhatIf.Estimate whatIf(ConcurrentPool pool, UsagePeriod period, Integer seats) {
        if (seats == null) {
            throw new RefusedException(UsageRefusal.SEATS_MISSING, MOST_SEATS);
        }
        if (seats < 0 || seats > MOST_SEATS) {
            throw new RefusedException(UsageRefusal.SEATS_OUT_OF_RANGE, MOST_SEATS, seats);
        }
        return WhatIf.estimate(series(pool, period, Resolution.MINUTE), seats);
    }

    /**
     * A pool's series over the period by the minute or the hour, for CSV.
     *
     * @throws RefusedException by the minute for a period whose minutes are no longer kept
     */
    public List<UsagePoint> series(ConcurrentPool pool, UsagePeriod period, Resolution resolution) {
        Instant now = clock.instant();
        Instant from = period.start(now, clock.getZone());
        if (resolution == Resolution.HOUR) {
            return history.series(pool, from, now, Resolution.HOUR);
        }
        if (!minutesKept(period)) {
            throw new RefusedException(UsageRefusal.MINUTES_NOT_KEPT, minuteRetentionDays());
        }
        List<UsagePoint> minutes = new ArrayList<>();
        // whole minutes, so that the week-long pieces neither overlap nor leave a gap
        for (Instant start = UsageHistory.floor(from, Resolution.MINUTE);
                start.isBefore(now);
                start = start.plus(UsageHistory.LONGEST_MINUTES)) {
            Instant end = start.plus(UsageHistory.LONGEST_MINUTES);
            minutes.addAll(history.series(pool, start, end.isAfter(now) ? now : end, Resolution.MINUTE));
        }
        return minutes;
    }

    /** Each named pot over the last year, by name. */
    public List<PotSummary> pots() {
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(POT_DAYS - 1);
        Map<Long, List<PotDay>> byPot = new LinkedHashMap<>();
        for (PotDay day : history.potDays(from, to)) {
            byPot.computeIfAbsent(day.potId(), id -> new ArrayList<>()).add(day);
        }
        return byPot.values().stream()
                .map(days -> PotSummary.of(from, to, days))
                .sorted(Comparator.comparing(PotSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * How many different people the access log refused for want of a seat, per pool: the pool their class
     * asks for first, as the refusal was counted (ADR 0015). Usernames are matched as the log has them.
     */
    private Map<ConcurrentPool, Long> usersRefused(Instant from, Instant to) {
        Map<ConcurrentPool, Long> people = new EnumMap<>(ConcurrentPool.class);
        jdbc.sql("""
                        SELECT u.concurrent_class AS class, COUNT(DISTINCT u.id) AS people
                        FROM access_log a JOIN app_user u ON u.live_username = a.username
                        WHERE a.success = FALSE AND (a.reason_code = 'no-seat' OR a.reason = 'no seat') AND a.attempted_at >= ? AND a.attempted_at < ?
                        GROUP BY u.concurrent_class""")
                .params(DatabaseTime.parameter(from), DatabaseTime.parameter(to))
                .query(rs -> {
                    people.put(
                            switch (rs.getString("class")) {
                                case "VIEW_ONLY" -> ConcurrentPool.VIEW_ONLY;
                                case "RESERVED" -> ConcurrentPool.RESERVED;
                                default -> ConcurrentPool.FULL_ACCESS;
                            },
                            rs.getLong("people"));
                });
        return people;
    }
}
