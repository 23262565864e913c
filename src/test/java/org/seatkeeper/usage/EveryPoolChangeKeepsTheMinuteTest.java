package org.seatkeeper.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.NoSeatException;
import org.seatkeeper.sessions.SeatKind;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.testing.TestPools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Rule 15 without a trigger: the running minute is kept by the SET clause of each UPDATE of a pool row the
 * application issues, so each of them must carry it. Every way a pool changes is made here in a minute
 * later than the one the row holds (moved back instead of waited for): each must write the minute held out,
 * once, and start the new one. A path that forgot the assignments would leave the row holding a minute
 * long over, and one that forgot the write-out would lose it.
 */
@SpringBootTest
class EveryPoolChangeKeepsTheMinuteTest {

    private static final AtomicLong NEXT_USER_ID = new AtomicLong(System.nanoTime() % 1_000_000_000L + 3_000_000_000L);
    private static final ClientDetails DESK = ClientDetails.portal("10.0.0.8", "Firefox 140", "node-1");

    @Autowired
    Admissions admissions;

    @Autowired
    SeatPools seatPools;

    @Autowired
    JdbcTemplate jdbc;

    private AdmittedSession first;
    private AdmittedSession second;
    private LocalDateTime heldMinute;

    /** Two of three Full-access seats taken in a minute that has since ended. */
    @BeforeEach
    void twoSeatsTakenAMinuteAgo() {
        TestPools.set(jdbc, 3, 0, 0);
        TestPools.forgetMinutes(jdbc);
        waitForAFreshMinute();
        first = admissions.admit(applicant(), DESK);
        second = admissions.admit(applicant(), DESK);
        TestPools.ageHeldMinutes(jdbc, Duration.ofMinutes(1));
        heldMinute = heldMinute();
    }

    private LocalDateTime heldMinute() {
        return jdbc.queryForObject(
                "SELECT minute_start FROM seat_pool WHERE kind = 'FULL_ACCESS'", LocalDateTime.class);
    }

    @Test
    void a_seat_taken_in_a_later_minute_writes_the_minute_held_and_starts_its_own() {
        admissions.admit(applicant(), DESK);

        assertTheHeldMinuteWrittenOnce(0, 2, 3, 0);
        assertTheRowHoldsThisMinute(2, 3, 0);
    }

    @Test
    void a_seat_given_back_at_sign_out_in_a_later_minute_writes_the_minute_held_and_starts_its_own() {
        admissions.end(first.id(), EndReason.SIGNED_OUT);

        assertTheHeldMinuteWrittenOnce(0, 2, 3, 0);
        assertTheRowHoldsThisMinute(2, 2, 0);
    }

    @Test
    void a_seat_given_back_inside_another_change_in_a_later_minute_writes_the_minute_held_and_starts_its_own() {
        seatPools.release(SeatKind.FULL);

        assertTheHeldMinuteWrittenOnce(0, 2, 3, 0);
        assertTheRowHoldsThisMinute(2, 2, 0);
    }

    @Test
    @WithMockUser(roles = "SUPPORT")
    void a_capacity_changed_in_a_later_minute_writes_the_minute_held_with_the_capacity_it_had() {
        seatPools.setCapacity(ConcurrentPool.FULL_ACCESS, 5, "two more bought");

        assertTheHeldMinuteWrittenOnce(0, 2, 3, 0);
        assertTheRowHoldsThisMinute(2, 2, 0);
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(2);
    }

    @Test
    void a_refusal_in_a_later_minute_writes_the_minute_held_and_is_counted_in_its_own() {
        admissions.admit(applicant(), DESK);
        TestPools.ageHeldMinutes(jdbc, Duration.ofMinutes(1));
        heldMinute = heldMinute();
        jdbc.update("DELETE FROM usage_minute");

        assertThatThrownBy(() -> admissions.admit(applicant(), DESK)).isInstanceOf(NoSeatException.class);

        assertTheHeldMinuteWrittenOnce(2, 3, 3, 0);
        assertTheRowHoldsThisMinute(3, 3, 1);
    }

    @Test
    void the_minute_held_is_written_once_however_many_changes_follow_in_the_later_minute() {
        admissions.end(first.id(), EndReason.SIGNED_OUT);
        admissions.end(second.id(), EndReason.SIGNED_OUT);
        admissions.admit(applicant(), DESK);

        assertTheHeldMinuteWrittenOnce(0, 2, 3, 0);
        assertTheRowHoldsThisMinute(2, 2, 0);
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(1);
    }

    private void assertTheHeldMinuteWrittenOnce(int opening, int peak, int capacity, int denials) {
        assertThat(jdbc.queryForList(
                        "SELECT minute_start, opening_in_use, peak_in_use, capacity, denials FROM usage_minute"
                                + " WHERE pool = 'FULL_ACCESS'"))
                .as("the minute held, written out by the change that ended it")
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("minute_start")).isIn(heldMinute, java.sql.Timestamp.valueOf(heldMinute));
                    assertThat(figures(row))
                            .isEqualTo(Map.of(
                                    "opening_in_use", opening,
                                    "peak_in_use", peak,
                                    "capacity", capacity,
                                    "denials", denials));
                });
    }

    private void assertTheRowHoldsThisMinute(int opening, int peak, int denials) {
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT minute_start = DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00') AS this_minute,
                    minute_opening, minute_peak, minute_denials
                FROM seat_pool WHERE kind = 'FULL_ACCESS'""");
        assertThat(((Number) row.get("this_minute")).intValue())
                .as("the row holds the minute of the change")
                .isEqualTo(1);
        assertThat(figures(row))
                .isEqualTo(Map.of("minute_opening", opening, "minute_peak", peak, "minute_denials", denials));
    }

    private static Map<String, Integer> figures(Map<String, Object> row) {
        return row.entrySet().stream()
                .filter(e -> e.getValue() instanceof Number && !e.getKey().equals("this_minute"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).intValue()));
    }

    /** Waits until at least 15 seconds of the database's minute are left, so no test spans a real turn. */
    private void waitForAFreshMinute() {
        while (jdbc.queryForObject("SELECT SECOND(UTC_TIMESTAMP())", Integer.class) > 45) {
            try {
                Thread.sleep(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Applicant applicant() {
        long id = NEXT_USER_ID.incrementAndGet();
        return new Applicant(id, "minute-" + id, "Minute " + id, AdmissionClass.STANDARD);
    }
}
