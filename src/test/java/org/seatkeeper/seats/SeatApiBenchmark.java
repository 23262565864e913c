package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5's benchmark, not part of the test suite: in one run, the raw MariaDB rate of a single-row
 * conditional UPDATE (64 connections, one transaction each), then seat admissions per second through
 * the HTTP API with 64 concurrent clients each taking and releasing a seat in a loop, their ratio,
 * p50 / p95 / p99 latency of a seat request, and the over-admission count (must be 0). Run with
 * <pre>./mvnw test -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=SeatApiBenchmark</pre>
 * Optional: -Dbenchmark.seconds=20 (measured seconds per phase, default 15).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeatApiBenchmark {

    static final int CLIENTS = 64;
    static final int CAPACITY = 48;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApiClients clients;
    @Autowired
    CurrentUser currentUser;

    final Duration measured = Duration.ofSeconds(Long.getLong("benchmark.seconds", 15));

    @Test
    void prints_the_raw_update_rate_and_the_api_admission_rate_with_latencies_and_over_admissions() throws Exception {
        double raw = rawConditionalUpdatesPerSecond();
        System.out.printf("%nRaw single-row conditional UPDATE, %d connections: %,.0f/s%n", CLIENTS, raw);

        SeatApiFixtures.pools(jdbc, CAPACITY, 0, 0);
        String prefix = SeatApiFixtures.unique("bench");
        for (int i = 0; i < CLIENTS; i++) {
            SeatApiFixtures.user(jdbc, prefix + "-" + i, "STANDARD");
        }
        SeatApi api = new SeatApi(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build(),
                port, SeatApiFixtures.register(currentUser, clients, SeatApiFixtures.unique("Benchmark ")).token());

        System.out.printf("HTTP floor: %,.0f requests/s answered 401 by the security filter alone, no database,"
                + " %d clients%n", httpFloor(port), CLIENTS);
        Latencies single = new Latencies();
        run(api, prefix, Duration.ofSeconds(5), single, 1);
        System.out.printf("One client alone: p50 %.1f ms, p95 %.1f ms%n", single.percentile(50), single.percentile(95));
        run(api, prefix, Duration.ofSeconds(5), new Latencies(), CLIENTS);
        Latencies latencies = new Latencies();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger overAdmissions = new AtomicInteger();
        Thread watcher = Thread.ofPlatform().start(() -> watch(running, overAdmissions));
        Result result = run(api, prefix, measured, latencies, CLIENTS);
        running.set(false);
        watcher.join();

        double admissions = result.granted / (double) measured.toSeconds();
        System.out.printf("Seat API, %d clients taking and releasing seats (capacity %d): %,.0f admissions/s"
                        + " (%,d granted, %,d refused for no seat, %,d other)%n",
                CLIENTS, CAPACITY, admissions, result.granted, result.noSeat, result.other);
        System.out.printf("Ratio to the raw UPDATE rate: %.2f (target >= 0.5)%n", admissions / raw);
        System.out.printf("Seat request latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (target p99 < 50 ms)%n",
                latencies.percentile(50), latencies.percentile(95), latencies.percentile(99));
        System.out.printf("Over-admissions seen: %d (must be 0)%n%n", overAdmissions.get());
        assertThat(overAdmissions.get()).isZero();
        assertThat(result.other).isZero();
    }

    private Result run(SeatApi api, String prefix, Duration duration, Latencies latencies, int clients) throws Exception {
        AtomicLong granted = new AtomicLong();
        AtomicLong noSeat = new AtomicLong();
        AtomicLong other = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> unexpected = new java.util.concurrent.atomic.AtomicReference<>();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String user = prefix + "-" + i;
                loops.add(pool.submit(() -> {
                    start.await();
                    while (System.nanoTime() < end) {
                        long before = System.nanoTime();
                        SeatApi.Reply reply = api.take(user);
                        latencies.add(System.nanoTime() - before);
                        if (reply.status() == 201) {
                            granted.incrementAndGet();
                            SeatApi.Reply released = api.release(reply.seatId());
                            if (released.status() != 204) {
                                other.incrementAndGet();
                                unexpected.compareAndSet(null, "release: " + released);
                            }
                        } else if (reply.status() == 503) {
                            noSeat.incrementAndGet();
                        } else {
                            other.incrementAndGet();
                            unexpected.compareAndSet(null, "take: " + reply);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> loop : loops) {
                loop.get();
            }
        }
        if (unexpected.get() != null) {
            System.out.println("First unexpected reply: " + unexpected.get());
        }
        return new Result(granted.get(), noSeat.get(), other.get());
    }

    /**
     * What the HTTP stack alone sustains on this machine with the clients in the same JVM: requests
     * without a token, answered 401 before any database work. No seat rate can exceed half of it (a
     * seat costs a take and a release).
     */
    private double httpFloor(int port) throws Exception {
        SeatApi anonymous = new SeatApi(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build(), port, null);
        Duration phase = Duration.ofSeconds(5);
        AtomicLong answered = new AtomicLong();
        for (int round = 0; round < 2; round++) {
            answered.set(0);
            long end = System.nanoTime() + phase.toNanos();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < CLIENTS; i++) {
                    pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            if (anonymous.get("/seats/1").status() == 401) {
                                answered.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
            }
        }
        return answered.get() / (double) phase.toSeconds();
    }

    /** Counts every moment a pool or its open sessions were seen above capacity. */
    private void watch(AtomicBoolean running, AtomicInteger overAdmissions) {
        while (running.get()) {
            Integer over = jdbc.queryForObject("""
                    SELECT (SELECT COUNT(*) FROM seat_pool WHERE in_use > capacity)
                         + (SELECT COUNT(*) FROM user_session WHERE ended_at IS NULL AND seat_kind = 'FULL')
                           > (SELECT capacity FROM seat_pool WHERE kind = 'FULL_ACCESS')""", Integer.class);
            overAdmissions.addAndGet(over == null ? 0 : over);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** 64 connections, each committing single-row conditional UPDATEs in a loop, as ADR 0004 measures. */
    private double rawConditionalUpdatesPerSecond() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_seat (id INT PRIMARY KEY, capacity INT, in_use INT) ENGINE=InnoDB");
            s.execute("REPLACE INTO bench_seat VALUES (1, 1000000000, 0)");
        }
        AtomicLong updates = new AtomicLong();
        long end = System.nanoTime() + measured.toNanos();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl(), "root", "");
                     PreparedStatement update = c.prepareStatement(
                             "UPDATE bench_seat SET in_use = in_use + 1 WHERE id = 1 AND in_use < capacity")) {
                    c.setAutoCommit(false);
                    start.await();
                    while (System.nanoTime() < end) {
                        if (update.executeUpdate() == 1) {
                            updates.incrementAndGet();
                        }
                        c.commit();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return updates.get() / (double) measured.toSeconds();
    }

    private String jdbcUrl() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        }
    }

    private record Result(long granted, long noSeat, long other) {
    }

    /** Latencies in nanoseconds, kept whole: a run records at most a few hundred thousand. */
    private static final class Latencies {
        private final List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());

        void add(long value) {
            nanos.add(value);
        }

        double percentile(int p) {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = new ArrayList<>(nanos);
            }
            sorted.sort(null);
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
        }
    }
}
