package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.testing.Race;
import org.seatkeeper.testing.TestPools;
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
    void two_hundred_simultaneous_sign_ins_fill_each_pool_exactly_to_capacity() {
        TestPools.set(jdbc, 3, 5, 1);

        // 100 standard, 60 view-only, 30 reserved, 10 exempt, interleaved
        Race.Outcomes<SeatKind> outcomes = Race.run(
                200,
                i -> () -> seatPools.take(
                        switch (i % 20) {
                            case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 -> AdmissionClass.STANDARD;
                            case 10, 11, 12, 13, 14, 15 -> AdmissionClass.VIEW_ONLY;
                            case 16, 17, 18 -> AdmissionClass.RESERVED;
                            default -> AdmissionClass.EXEMPT;
                        }));

        assertThat(outcomes.thrownOnly(RefusedException.class)).hasSize(200 - 3 - 5 - 1 - 10);
        assertThat(outcomes.values()).filteredOn(seat -> seat == SeatKind.FULL).hasSize(3);
        assertThat(outcomes.values())
                .filteredOn(seat -> seat == SeatKind.VIEW_ONLY || seat == SeatKind.OVERFLOW)
                .hasSize(5);
        assertThat(outcomes.values())
                .filteredOn(seat -> seat == SeatKind.RESERVED)
                .hasSize(1);
        assertThat(outcomes.values())
                .filteredOn(seat -> seat == SeatKind.EXEMPT)
                .hasSize(10);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 3, 5, 5, 1, 1));
    }

    /**
     * Each thread holds its seat for a moment, as a session does, so that holders overlap: an allocation
     * that reads the count and then writes it back (lost updates) then hands out more seats than a pool
     * has, which the count of seats held at once shows even when the database's count looks right.
     */
    @Test
    void take_and_release_churn_never_holds_more_seats_than_a_pool_has_and_ends_exact() {
        TestPools.set(jdbc, 3, 5, 1);
        Map<ConcurrentPool, AtomicInteger> held = new EnumMap<>(ConcurrentPool.class);
        Map<ConcurrentPool, AtomicInteger> mostHeld = new EnumMap<>(ConcurrentPool.class);
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            held.put(pool, new AtomicInteger());
            mostHeld.put(pool, new AtomicInteger());
        }
        AtomicInteger granted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AdmissionClass[] classes = {AdmissionClass.STANDARD, AdmissionClass.VIEW_ONLY, AdmissionClass.RESERVED};

        Race.run(48, t -> () -> {
                    for (int i = 0; i < 20; i++) {
                        SeatKind seat;
                        try {
                            seat = seatPools.take(classes[t % classes.length]);
                        } catch (RefusedException full) {
                            refused.incrementAndGet();
                            continue;
                        }
                        granted.incrementAndGet();
                        // Counted only between a committed take and the start of its release, so this count is
                        // never above the seats really held.
                        ConcurrentPool pool = seat.pool().orElseThrow();
                        mostHeld.get(pool).accumulateAndGet(held.get(pool).incrementAndGet(), Math::max);
                        Thread.sleep(2);
                        held.get(pool).decrementAndGet();
                        seatPools.release(seat);
                    }
                    return null;
                })
                .allReturned();

        assertThat(granted.get()).isPositive();
        assertThat(refused.get()).as("the pools were full at times").isPositive();
        assertThat(mostHeld.get(ConcurrentPool.FULL_ACCESS).get()).isBetween(1, 3);
        assertThat(mostHeld.get(ConcurrentPool.VIEW_ONLY).get()).isBetween(1, 5);
        assertThat(mostHeld.get(ConcurrentPool.RESERVED).get()).isEqualTo(1);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 0, 5, 0, 1, 0));
    }

    @Test
    void two_hundred_simultaneous_admissions_of_different_accounts_open_exactly_one_session_per_seat() {
        TestPools.set(jdbc, 3, 5, 1);
        long firstUserId = 5_000_000_000L + System.nanoTime() % 1_000_000_000L;
        AdmissionClass[] classes = {
            AdmissionClass.STANDARD,
            AdmissionClass.STANDARD,
            AdmissionClass.VIEW_ONLY,
            AdmissionClass.RESERVED,
            AdmissionClass.STANDARD,
            AdmissionClass.VIEW_ONLY,
            AdmissionClass.STANDARD,
            AdmissionClass.STANDARD,
            AdmissionClass.VIEW_ONLY,
            AdmissionClass.EXEMPT
        };

        Race.Outcomes<SeatKind> outcomes = Race.run(
                200,
                i -> () -> admissions
                        .admit(
                                new Applicant(
                                        firstUserId + i,
                                        "burst-" + (firstUserId + i),
                                        "Burst " + i,
                                        classes[i % classes.length]),
                                ClientDetails.portal("10.1.0." + (i % 250), "Firefox", "node-" + (i % 3)))
                        .seat());

        assertThat(outcomes.thrownOnly(RefusedException.class)).hasSize(200 - 3 - 5 - 1 - 20);
        assertThat(outcomes.values()).filteredOn(seat -> seat == SeatKind.FULL).hasSize(3);
        assertThat(outcomes.values())
                .filteredOn(seat -> seat == SeatKind.VIEW_ONLY || seat == SeatKind.OVERFLOW)
                .hasSize(5);
        assertThat(outcomes.values())
                .filteredOn(seat -> seat == SeatKind.RESERVED)
                .hasSize(1);
        assertThat(outcomes.values())
                .filteredOn(seat -> seat == SeatKind.EXEMPT)
                .hasSize(20);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 3, 5, 5, 1, 1));
        // Every seat taken is held by exactly one open session, and vice versa.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session WHERE ended_at IS NULL", Integer.class))
                .isEqualTo(3 + 5 + 1 + 20);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM user_session WHERE ended_at IS NULL AND seat_kind IN ('VIEW_ONLY', 'OVERFLOW')""", Integer.class)).isEqualTo(5);
    }
}
