package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.testing.TestClock;
import org.seatkeeper.testing.TestPools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lease renewals written behind (docs/decisions/0008-seat-api-and-several-nodes.md): answered from one
 * read, written in batches, at once near the reclaim deadline, and never lost to a failed flush or a
 * stop. The scheduled flush is off in tests: each test flushes itself.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
@ExtendWith(OutputCaptureExtension.class)
class RenewalsWrittenBehindTest {

    private static final AtomicLong NEXT_USER_ID = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final long API_CLIENT = 7_000_000_001L;
    private static final ClientDetails APP = new ClientDetails("Renewals app", "10.0.0.5", "JUnit", "node-1");

    @Autowired
    Admissions admissions;

    @Autowired
    RenewalsWrittenBehind writtenBehind;

    @Autowired
    PriorityConnections connections;

    @Autowired
    SessionSettings settings;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Instant start;

    @BeforeEach
    void freePoolsAndNothingHeld() {
        start = clock.reset();
        TestPools.set(jdbc, 5, 5, 1);
        writtenBehind.flush();
    }

    @Test
    void a_renewal_on_time_is_answered_at_once_and_reaches_the_database_at_the_flush_and_not_before() {
        SessionId seat = leasedSeat();
        clock.advance(Duration.ofSeconds(20));

        LeaseReply reply = admissions.renewLease(seat, API_CLIENT, false);

        assertThat(reply).isEqualTo(new LeaseReply.Renewed(seat, 60, null));
        assertThat(lastHeartbeat(seat)).as("held, not yet written").isEqualTo(start);
        assertThat(writtenBehind.flush()).isEqualTo(1);
        assertThat(lastHeartbeat(seat)).isEqualTo(start.plusSeconds(20));
        assertThat(lastActivity(seat)).as("the user did not act").isEqualTo(start);
    }

    @Test
    void several_renewals_of_one_seat_between_flushes_become_one_update_with_the_latest_time_and_the_action_kept() {
        SessionId seat = leasedSeat();
        clock.advance(Duration.ofSeconds(5));
        admissions.renewLease(seat, API_CLIENT, true);
        clock.advance(Duration.ofSeconds(5));
        admissions.renewLease(seat, API_CLIENT, false);
        clock.advance(Duration.ofSeconds(5));
        admissions.renewLease(seat, API_CLIENT, false);

        assertThat(writtenBehind.held()).as("one renewal held for the seat").isEqualTo(1);
        assertThat(writtenBehind.flush()).isEqualTo(1);
        assertThat(lastHeartbeat(seat)).isEqualTo(start.plusSeconds(15));
        assertThat(lastActivity(seat)).as("when the user acted").isEqualTo(start.plusSeconds(5));
    }

    @Test
    void a_renewal_near_its_reclaim_deadline_is_written_at_once_and_the_reclaimer_right_after_keeps_the_seat() {
        SessionId seat = leasedSeat();
        // 85 s of the 60 + 30 s: closer to the deadline than the margin (10 s).
        clock.advance(Duration.ofSeconds(85));

        assertThat(admissions.renewLease(seat, API_CLIENT, true)).isInstanceOf(LeaseReply.Renewed.class);

        assertThat(writtenBehind.held()).isZero();
        assertThat(lastHeartbeat(seat)).isEqualTo(start.plusSeconds(85));
        assertThat(lastActivity(seat)).isEqualTo(start.plusSeconds(85));
        clock.advance(Duration.ofSeconds(6));
        admissions.reclaimLeases();
        assertThat(endReason(seat)).as("renewed in time").isNull();
    }

    /** Were this node to die holding it, the application's next renewal, due within the lease, would be late. */
    @Test
    void a_renewal_less_than_a_lease_from_its_reclaim_deadline_is_written_at_once() {
        SessionId seat = leasedSeat();
        // 45 s after the last: within the 60 s lease, but 45 s from the deadline.
        clock.advance(Duration.ofSeconds(45));

        admissions.renewLease(seat, API_CLIENT, false);

        assertThat(writtenBehind.held()).isZero();
        assertThat(lastHeartbeat(seat)).isEqualTo(start.plusSeconds(45));
    }

    @Test
    void a_renewal_of_an_ended_seat_answers_ended_with_the_reason_and_another_applications_seat_is_unknown() {
        SessionId seat = leasedSeat();

        assertThat(admissions.renewLease(seat, API_CLIENT + 1, true)).isEqualTo(new LeaseReply.Unknown(seat));
        admissions.end(seat, EndReason.CLOSED_BY_ADMINISTRATOR);

        assertThat(admissions.renewLease(seat, API_CLIENT, true))
                .isEqualTo(new LeaseReply.Ended(seat, EndReason.CLOSED_BY_ADMINISTRATOR, start));
        assertThat(writtenBehind.held()).isZero();
    }

    @Test
    void a_renewal_held_when_its_seat_ends_is_not_written_over_the_end() {
        SessionId seat = leasedSeat();
        clock.advance(Duration.ofSeconds(20));
        admissions.renewLease(seat, API_CLIENT, true);
        admissions.end(seat, EndReason.CLOSED_BY_ADMINISTRATOR);

        writtenBehind.flush();

        assertThat(lastHeartbeat(seat)).isEqualTo(start);
        assertThat(endReason(seat)).isEqualTo("CLOSED_BY_ADMINISTRATOR");
    }

    @Test
    void pending_renewals_are_written_when_the_bean_stops_and_later_ones_are_written_at_once() {
        RenewalsWrittenBehind stopping = new RenewalsWrittenBehind(connections, settings);
        SessionId seat = leasedSeat();
        Instant farFromReclaim = start.plus(Duration.ofMinutes(10));

        assertThat(stopping.hold(seat, start.plusSeconds(20), true, farFromReclaim, Duration.ofSeconds(60)))
                .isTrue();
        assertThat(lastHeartbeat(seat)).isEqualTo(start);
        stopping.stop();

        assertThat(lastHeartbeat(seat)).isEqualTo(start.plusSeconds(20));
        assertThat(lastActivity(seat)).isEqualTo(start.plusSeconds(20));
        assertThat(stopping.hold(seat, start.plusSeconds(40), false, farFromReclaim, Duration.ofSeconds(60)))
                .as("stopped: the caller writes it")
                .isFalse();
    }

    @Test
    void a_failed_flush_keeps_its_renewals_logs_once_and_the_next_flush_writes_them(CapturedOutput output) {
        SessionId refused = leasedSeat();
        SessionId other = leasedSeat();
        clock.advance(Duration.ofSeconds(20));
        admissions.renewLease(refused, API_CLIENT, true);
        admissions.renewLease(other, API_CLIENT, false);
        jdbc.execute("CREATE TRIGGER test_refuse_renewal BEFORE UPDATE ON user_session FOR EACH ROW"
                + " IF NEW.id = " + refused.value() + " AND NEW.ended_at IS NULL THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF");
        try {
            assertThat(writtenBehind.flush()).isZero();
            assertThat(writtenBehind.flush()).isZero();

            assertThat(writtenBehind.held()).as("both kept").isEqualTo(2);
            assertThat(lastHeartbeat(other))
                    .as("one transaction: nothing written")
                    .isEqualTo(start);
            assertThat(output.getOut().split("Could not write", -1))
                    .as("logged once")
                    .hasSize(2);
            clock.advance(Duration.ofSeconds(1));
            admissions.renewLease(other, API_CLIENT, false);
            assertThat(lastHeartbeat(other))
                    .as("while flushes fail, renewals are written at once")
                    .isEqualTo(start.plusSeconds(21));
        } finally {
            jdbc.execute("DROP TRIGGER test_refuse_renewal");
        }

        assertThat(writtenBehind.flush()).isEqualTo(2);

        assertThat(lastHeartbeat(refused)).isEqualTo(start.plusSeconds(20));
        assertThat(lastActivity(refused)).isEqualTo(start.plusSeconds(20));
        assertThat(lastHeartbeat(other)).as("never back in time").isEqualTo(start.plusSeconds(21));
        clock.advance(Duration.ofSeconds(1));
        admissions.renewLease(other, API_CLIENT, false);
        assertThat(writtenBehind.held()).as("held again").isEqualTo(1);
    }

    @Test
    void a_flush_held_up_by_a_row_lock_gives_up_at_its_timeout_keeps_its_renewals_and_writes_them_later(
            CapturedOutput output) throws Exception {
        SessionId locked = leasedSeat();
        clock.advance(Duration.ofSeconds(20));
        admissions.renewLease(locked, API_CLIENT, false);
        try (Connection holder = jdbc.getDataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock =
                    holder.prepareStatement("SELECT id FROM user_session WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, locked.value());
                lock.executeQuery().close();
            }

            assertThat(writtenBehind.flush()).isZero();

            assertThat(output.getOut())
                    .as("given up at its own timeout, not at InnoDB's lock wait timeout")
                    .contains("max_statement_time");
            assertThat(writtenBehind.held()).isEqualTo(1);
            holder.rollback();
        }

        assertThat(writtenBehind.flush()).isEqualTo(1);
        assertThat(lastHeartbeat(locked)).isEqualTo(start.plusSeconds(20));
    }

    @Test
    void the_idle_sweep_gives_a_leased_session_the_margin_so_an_action_still_held_keeps_it() {
        SessionId acting = leasedSeat();
        SessionId idle = leasedSeat();
        clock.advance(Duration.ofMinutes(30).minusSeconds(5));
        // Renewed on time all along without an action, as the database saw it.
        jdbc.update(
                "UPDATE user_session SET last_heartbeat = ? WHERE id IN (?, ?)",
                DatabaseTime.parameter(clock.instant().minusSeconds(20)),
                acting.value(),
                idle.value());
        admissions.renewLease(acting, API_CLIENT, true);
        assertThat(writtenBehind.held()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(6));
        admissions.endIdleSessions(Duration.ofMinutes(30));
        assertThat(endReason(acting))
                .as("its user acted 6 s ago; the action is still held")
                .isNull();
        assertThat(endReason(idle)).as("idle 30 min 1 s: within the margin").isNull();

        writtenBehind.flush();
        clock.advance(writtenBehind.margin());
        admissions.endIdleSessions(Duration.ofMinutes(30));
        assertThat(endReason(acting)).isNull();
        assertThat(endReason(idle)).isEqualTo("IDLE_TIMEOUT");
    }

    private SessionId leasedSeat() {
        long userId = NEXT_USER_ID.incrementAndGet();
        return admissions
                .admit(
                        new Applicant(userId, "renewing-" + userId, "Renewing User", AdmissionClass.STANDARD),
                        APP,
                        new Lease(API_CLIENT, "ref-" + userId, Duration.ofSeconds(60), Duration.ofSeconds(30)))
                .id();
    }

    private Instant lastHeartbeat(SessionId seat) {
        return instant("last_heartbeat", seat);
    }

    private Instant lastActivity(SessionId seat) {
        return instant("last_activity", seat);
    }

    private Instant instant(String column, SessionId seat) {
        return jdbc.queryForObject(
                        "SELECT " + column + " FROM user_session WHERE id = ?",
                        (rs, n) -> DatabaseTime.instant(rs, column),
                        seat.value())
                .truncatedTo(ChronoUnit.SECONDS);
    }

    private String endReason(SessionId seat) {
        return jdbc.queryForObject("SELECT end_reason FROM user_session WHERE id = ?", String.class, seat.value());
    }
}
