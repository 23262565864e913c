package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule 8 on a real MariaDB with real (platform) threads: bursts of simultaneous sign-ins never put more
 * seats on a pool than its capacity, and the counts stay exact.
 */
@SpringBootTest
class SeatPoolsConcurrencyTest {

    @Autowired
    SeatPools seatPools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Admissions admissions;

    @Test
    void two_hundred_simultaneous_sign_ins_fill_each_pool_exactly_to_capacity() throws Exception {
        PoolsFixture.pools(jdbc, 3, 5, 1);
        List<AdmissionClass> applicants = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // 100 standard, 60 view-only, 30 reserved, 10 exempt, interleaved
            applicants.add(switch (i % 20) {
                case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 -> AdmissionClass.STANDARD;
                case 10, 11, 12, 13, 14, 15 -> AdmissionClass.VIEW_ONLY;
                case 16, 17, 18 -> AdmissionClass.RESERVED;
                default -> AdmissionClass.EXEMPT;
            });
        }
        Map<SeatKind, AtomicInteger> seated = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(applicants.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (AdmissionClass applicant : applicants) {
            threads.add(Thread.ofPlatform().start(() -> {
                ready.countDown();
                try {
                    go.await();
                    SeatKind seat = seatPools.take(applicant);
                    seated.computeIfAbsent(seat, k -> new AtomicInteger()).incrementAndGet();
                } catch (RefusedException e) {
                    refused.incrementAndGet();
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        ready.await();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).isEmpty();
        assertThat(count(seated, SeatKind.FULL)).isEqualTo(3);
        assertThat(count(seated, SeatKind.VIEW_ONLY) + count(seated, SeatKind.OVERFLOW)).isEqualTo(5);
        assertThat(count(seated, SeatKind.RESERVED)).isEqualTo(1);
        assertThat(count(seated, SeatKind.EXEMPT)).isEqualTo(10);
        assertThat(refused.get()).isEqualTo(200 - 3 - 5 - 1 - 10);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 3, 5, 5, 1, 1));
    }

    @Test
    void take_and_release_churn_keeps_the_counts_exact_and_never_exceeds_capacity() throws Exception {
        PoolsFixture.pools(jdbc, 3, 5, 1);
        Map<ConcurrentPool, AtomicInteger> held = new EnumMap<>(ConcurrentPool.class);
        Map<ConcurrentPool, AtomicInteger> mostHeld = new EnumMap<>(ConcurrentPool.class);
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            held.put(pool, new AtomicInteger());
            mostHeld.put(pool, new AtomicInteger());
        }
        AtomicInteger admitted = new AtomicInteger();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        AdmissionClass[] classes = {AdmissionClass.STANDARD, AdmissionClass.VIEW_ONLY, AdmissionClass.RESERVED};
        for (int t = 0; t < 50; t++) {
            AdmissionClass applicant = classes[t % classes.length];
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                    for (int i = 0; i < 30; i++) {
                        SeatKind seat;
                        try {
                            seat = seatPools.take(applicant);
                        } catch (RefusedException e) {
                            continue;
                        }
                        admitted.incrementAndGet();
                        // Counted only between a committed take and the start of its release, so this
                        // count is never above what the database holds.
                        ConcurrentPool pool = seat.pool().orElseThrow();
                        int now = held.get(pool).incrementAndGet();
                        mostHeld.get(pool).accumulateAndGet(now, Math::max);
                        Thread.onSpinWait();
                        held.get(pool).decrementAndGet();
                        seatPools.release(seat);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).isEmpty();
        assertThat(admitted.get()).isPositive();
        assertThat(mostHeld.get(ConcurrentPool.FULL_ACCESS).get()).isBetween(1, 3);
        assertThat(mostHeld.get(ConcurrentPool.VIEW_ONLY).get()).isBetween(1, 5);
        assertThat(mostHeld.get(ConcurrentPool.RESERVED).get()).isBetween(1, 1);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 0, 5, 0, 1, 0));
    }

    @Test
    void two_hundred_simultaneous_admissions_of_different_accounts_open_exactly_one_session_per_seat()
            throws Exception {
        PoolsFixture.pools(jdbc, 3, 5, 1);
        long firstUserId = 5_000_000_000L + System.nanoTime() % 1_000_000_000L;
        Map<SeatKind, AtomicInteger> seated = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        AdmissionClass[] classes = {AdmissionClass.STANDARD, AdmissionClass.STANDARD, AdmissionClass.VIEW_ONLY,
                AdmissionClass.RESERVED, AdmissionClass.STANDARD, AdmissionClass.VIEW_ONLY, AdmissionClass.STANDARD,
                AdmissionClass.STANDARD, AdmissionClass.VIEW_ONLY, AdmissionClass.EXEMPT};
        for (int i = 0; i < 200; i++) {
            Applicant applicant = new Applicant(firstUserId + i, "burst-" + (firstUserId + i), "Burst " + i,
                    classes[i % classes.length]);
            ClientDetails client = ClientDetails.portal("10.1.0." + (i % 250), "Firefox", "node-" + (i % 3));
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                    SeatKind seat = admissions.admit(applicant, client).seat();
                    seated.computeIfAbsent(seat, k -> new AtomicInteger()).incrementAndGet();
                } catch (RefusedException e) {
                    refused.incrementAndGet();
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).isEmpty();
        assertThat(count(seated, SeatKind.FULL)).isEqualTo(3);
        assertThat(count(seated, SeatKind.VIEW_ONLY) + count(seated, SeatKind.OVERFLOW)).isEqualTo(5);
        assertThat(count(seated, SeatKind.RESERVED)).isEqualTo(1);
        assertThat(count(seated, SeatKind.EXEMPT)).isEqualTo(20);
        assertThat(refused.get()).isEqualTo(200 - 3 - 5 - 1 - 20);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 3, 5, 5, 1, 1));
        // Every seat taken is held by exactly one open session, and vice versa.
        assertThat(jdbc.queryForList("""
                SELECT seat_kind, COUNT(*) AS n FROM user_session
                WHERE ended_at IS NULL AND user_id >= ? AND user_id < ? GROUP BY seat_kind""",
                firstUserId, firstUserId + 200).stream()
                .mapToLong(row -> ((Number) row.get("n")).longValue()).sum()).isEqualTo(3 + 5 + 1 + 20);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM user_session WHERE ended_at IS NULL AND seat_kind IN ('VIEW_ONLY', 'OVERFLOW')""",
                Integer.class)).isEqualTo(5);
    }

    private static int count(Map<SeatKind, AtomicInteger> seated, SeatKind seat) {
        AtomicInteger n = seated.get(seat);
        return n == null ? 0 : n.get();
    }
}
