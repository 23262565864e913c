package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.TestClock;
import org.seatkeeper.testing.TestPools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Rule 11: the idle sweeper ends sessions idle for the timeout configured on the Session settings page,
 * not before, unless auto timeout is disabled. The scheduled job is off in tests: each test calls it,
 * with a clock it moves.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class IdleSessionSweeperTest {

    private static final ClientDetails DESK = ClientDetails.portal("10.0.0.9", "Firefox", "node-a");

    @Autowired
    IdleSessionSweeper sweeper;

    @Autowired
    SessionPolicies policies;

    @Autowired
    Admissions admissions;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onePoolAndTheRealTime() {
        clock.reset();
        TestPools.set(jdbc, 3, 5, 1);
    }

    /**
     * A portal tab's last action reaches the database with its next heartbeat, so the sweep gives portal
     * sessions one heartbeat interval more than the timeout (the tab's own countdown ends them on time).
     */
    @Test
    void a_session_idle_for_a_configured_five_minutes_ends_then_and_not_before_and_frees_its_seat() {
        configure(Duration.ofMinutes(5), false);
        AdmittedSession idle =
                admissions.admit(new Applicant(9101, "idle-ida", "Ida Idle", AdmissionClass.STANDARD), DESK);

        clock.advance(Duration.ofMinutes(5).plus(policies.heartbeatInterval()).minusSeconds(1));
        admissions.heartbeat(idle.id(), false);
        assertThat(sweeper.sweep()).isZero();
        assertThat(endReason(idle)).isNull();

        clock.advance(Duration.ofSeconds(1));
        assertThat(sweeper.sweep()).isEqualTo(1);

        assertThat(endReason(idle)).isEqualTo("IDLE_TIMEOUT");
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
    }

    @Test
    void a_configured_timeout_longer_than_thirty_minutes_keeps_a_session_idle_for_thirty_one() {
        configure(Duration.ofMinutes(45), false);
        AdmittedSession idle =
                admissions.admit(new Applicant(9102, "idle-ivo", "Ivo Idle", AdmissionClass.VIEW_ONLY), DESK);

        clock.advance(Duration.ofMinutes(31));
        assertThat(sweeper.sweep()).isZero();
        assertThat(endReason(idle)).isNull();

        clock.advance(Duration.ofMinutes(14).plus(policies.heartbeatInterval()));
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(endReason(idle)).isEqualTo("IDLE_TIMEOUT");
        assertThat(TestPools.inUse(jdbc, "VIEW_ONLY")).isZero();
    }

    @Test
    void an_action_starts_the_idle_time_again() {
        configure(Duration.ofMinutes(5), false);
        AdmittedSession busy =
                admissions.admit(new Applicant(9103, "busy-bo", "Bo Busy", AdmissionClass.STANDARD), DESK);

        clock.advance(Duration.ofMinutes(4));
        admissions.heartbeat(busy.id(), true);
        clock.advance(Duration.ofMinutes(4));

        assertThat(sweeper.sweep()).isZero();
        assertThat(endReason(busy)).isNull();
    }

    @Test
    void with_auto_timeout_disabled_idle_sessions_stay() {
        configure(Duration.ofMinutes(5), true);
        AdmittedSession idle =
                admissions.admit(new Applicant(9104, "idle-ines", "Ines Idle", AdmissionClass.STANDARD), DESK);

        clock.advance(Duration.ofHours(3));

        assertThat(sweeper.sweep()).isZero();
        assertThat(endReason(idle)).isNull();
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(1);
    }

    /** Through the Session settings service, as an administrator would. */
    private void configure(Duration idleTimeout, boolean autoTimeoutDisabled) {
        SessionPolicy current = policies.current();
        policies.change(new SessionPolicy(
                current.staleAfter(),
                idleTimeout,
                autoTimeoutDisabled,
                Duration.ofSeconds(Math.min(60, idleTimeout.toSeconds() - 1)),
                current.version()));
    }

    private String endReason(AdmittedSession session) {
        return jdbc.queryForObject(
                "SELECT end_reason FROM user_session WHERE id = ?",
                String.class,
                session.id().value());
    }
}
