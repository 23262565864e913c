package org.seatkeeper.presence;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.SessionId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Rule 11's countdown in a signed-in tab: it appears within the warning time before the idle timeout,
 * "Stay signed in" keeps the session (in the database at once), and when it runs out the session ends
 * as idle and frees its seat. The tab is this test's UI, registered as the wiring does at sign-in.
 */
@SpringBootTest
@WithMockUser(username = "idle-iris", roles = "USER")
class IdleWarningsTest extends SpringBrowserlessTest {

    @Autowired
    IdleWarnings warnings;

    @Autowired
    PortalTabs tabs;

    @Autowired
    UserActivity activity;

    @Autowired
    Admissions admissions;

    @Autowired
    PresenceWiring wiring;

    @Autowired
    JdbcTemplate jdbc;

    SessionId session;
    UI tab;

    @BeforeEach
    void aSignedInTabAndThirtyMinutesWarnedAMinuteBefore() {
        TestAccounts.ensure(jdbc, "idle-iris", "USER");
        // the browserless UI opened the home page before this method made the account: open it again
        navigate("my-account", com.vaadin.flow.component.Component.class);
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 1 ELSE 0 END");
        policy(1800, 60, false);
        session = admissions
                .admit(
                        new Applicant(9301, "idle-iris", "Iris Idle", AdmissionClass.STANDARD),
                        ClientDetails.portal("10.9.0.1", "Firefox", "node-a"))
                .id();
        tab = UI.getCurrent();
        tabs.opened(session, tab);
    }

    @AfterEach
    void closeTheTabAndRestoreTheSettings() {
        tabs.closed(session, tab);
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0");
        policy(1800, 60, false);
    }

    @Test
    void an_active_user_sees_no_countdown() {
        idleFor(Duration.ofMinutes(20));

        tick();

        assertThat($(IdleNotice.class).all()).isEmpty();
    }

    @Test
    void within_the_warning_time_the_countdown_appears_and_counts_down() {
        idleFor(Duration.ofMinutes(29).plusSeconds(15));

        tick();

        IdleNotice notice = $(IdleNotice.class).single();
        assertThat(Long.parseLong(notice.secondsLeft.getText())).isBetween(40L, 45L);
        assertThat(notice.getElement().getTextRecursively())
                .contains("You will be signed out in " + notice.secondsLeft.getText() + " s.");
        assertThat(notice.stay.getText()).isEqualTo("Stay signed in");

        idleFor(Duration.ofMinutes(29).plusSeconds(50));
        tick();
        assertThat(Long.parseLong($(IdleNotice.class).single().secondsLeft.getText()))
                .isBetween(5L, 10L);
    }

    @Test
    void stay_signed_in_puts_the_countdown_away_and_reaches_the_database_at_once() {
        jdbc.update(
                "UPDATE user_session SET last_activity = TIMESTAMPADD(MINUTE, -29, CURRENT_TIMESTAMP(3)) WHERE id = ?",
                session.value());
        idleFor(Duration.ofMinutes(29).plusSeconds(30));
        tick();

        test($(IdleNotice.class).single().stay).click();
        runPendingAccessTasks();

        assertThat($(IdleNotice.class).all()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT TIMESTAMPDIFF(SECOND, last_activity, CURRENT_TIMESTAMP(3))"
                                + " FROM user_session WHERE id = ?",
                        Long.class,
                        session.value()))
                .isLessThan(5);
        tick();
        assertThat($(IdleNotice.class).all()).isEmpty();
    }

    @Test
    void when_the_countdown_runs_out_the_session_ends_as_idle_and_frees_its_seat() {
        idleFor(Duration.ofMinutes(30).plusSeconds(1));

        tick();

        assertThat(jdbc.queryForObject(
                        "SELECT end_reason FROM user_session WHERE id = ?", String.class, session.value()))
                .isEqualTo("IDLE_TIMEOUT");
        assertThat(jdbc.queryForObject("SELECT in_use FROM seat_pool WHERE kind = 'FULL_ACCESS'", Integer.class))
                .isZero();
    }

    @Test
    void a_heartbeat_that_finds_the_session_ended_tells_the_tab_the_stored_reason_not_a_generic_one() {
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'IDLE_TIMEOUT' WHERE id = ?",
                session.value());

        wiring.heartbeat(session, tab);

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo(EndReason.IDLE_TIMEOUT.explanation())
                .isNotEqualTo(EndReason.EXPIRED.explanation());
    }

    @Test
    void with_auto_timeout_disabled_there_is_no_countdown_and_no_end() {
        policy(1800, 60, true);
        idleFor(Duration.ofHours(2));

        tick();

        assertThat($(IdleNotice.class).all()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT ended_at IS NULL FROM user_session WHERE id = ?", Boolean.class, session.value()))
                .isTrue();
    }

    @Test
    void the_lead_time_is_the_setting() {
        policy(1800, 300, false);
        idleFor(Duration.ofMinutes(26));

        tick();

        assertThat(Long.parseLong($(IdleNotice.class).single().secondsLeft.getText()))
                .isBetween(235L, 240L);
    }

    private void idleFor(Duration idle) {
        activity.actedAt(session, Instant.now().minus(idle));
    }

    /** The bean's tick, then the UI changes it queued with ui.access, as the push would deliver them. */
    private void tick() {
        warnings.tick();
        runPendingAccessTasks();
    }

    private static void runPendingAccessTasks() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        vaadin.getService().runPendingAccessTasks(vaadin);
    }

    private void policy(int idleSeconds, int warningSeconds, boolean disabled) {
        jdbc.update(
                "UPDATE session_policy SET stale_after_seconds = 90, idle_timeout_seconds = ?, idle_warning_seconds = ?,"
                        + " auto_timeout_disabled = ? WHERE id = 1",
                idleSeconds,
                warningSeconds,
                disabled);
    }
}
