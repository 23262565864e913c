package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.Sessions;
import org.seatkeeper.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.TestPropertySource;

/**
 * A signed-in tab learns at once, over push, when its session ends or an administrator asks it to sign
 * out; a change made on another node reaches it through the 2 s poll of changes from other nodes. That
 * poll is a scheduled job, so this context switches the jobs on (and is closed after the class), and
 * its tabs' heartbeats are 5 minutes apart, so only the poll can bring the news within the budget.
 */
@TestPropertySource(properties = {"seatkeeper.scheduling.enabled=true", "vaadin.heartbeatInterval=300"})
class PresenceInRealBrowserTest extends BrowserTest {

    static final String PASSWORD = "presence-pass-7";
    /** The poll runs every 2 s; the budget is for a busy machine, and still far below a heartbeat. */
    static final Duration POLL_PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Sessions sessions;

    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void oneSeatAndANurse() {
        oneFullAccessSeat();
        user("night-nurse", PASSWORD);
        signIn(browser, "night-nurse", PASSWORD);
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "night-nurse"));
    }

    @Test
    void a_session_closed_elsewhere_sends_its_tab_to_the_login_view_saying_why() {
        admissions.end(openSession(), EndReason.CLOSED_BY_ADMINISTRATOR);

        await.until(ExpectedConditions.urlContains("ended=closed"));
        await.until(ExpectedConditions.textToBe(By.id("session-ended"), "An administrator closed your session."));
        assertThat(fullAccessInUse()).isZero();
    }

    /** Another node writes only to the database; no event reaches this node, only the poll does. */
    @Test
    void a_session_closed_on_another_node_sends_its_tab_to_the_login_view_within_seconds() {
        SessionId session = openSession();
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'CLOSED_BY_ADMINISTRATOR'"
                        + " WHERE id = ?",
                session.value());
        jdbc.update("UPDATE seat_pool SET in_use = in_use - 1 WHERE kind = 'FULL_ACCESS'");

        new WebDriverWait(browser, POLL_PATIENCE).until(ExpectedConditions.urlContains("ended=closed"));
    }

    @Test
    void a_sign_out_request_made_on_another_node_shows_the_countdown_within_seconds() {
        jdbc.update(
                "UPDATE user_session SET sign_out_requested_at = CURRENT_TIMESTAMP(3) WHERE id = ?",
                openSession().value());

        new WebDriverWait(browser, POLL_PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out-seconds-left")));
    }

    @Test
    void asked_to_sign_out_the_user_sees_a_countdown_at_once_and_signing_out_frees_the_seat() {
        SessionId session = openSession();
        currentUser.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_USER")),
                () -> {
                    sessions.requestSignOut(session);
                    return null;
                });

        String secondsLeft = await.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out-seconds-left")))
                .getText();
        assertThat(Integer.parseInt(secondsLeft)).isBetween(1, 60);

        browser.findElement(By.id("sign-out-now")).click();

        await.until(ExpectedConditions.urlContains("/login"));
        assertThat(fullAccessInUse()).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT end_reason FROM user_session WHERE id = ?", String.class, session.value()))
                .isEqualTo("SIGNED_OUT");
    }

    private SessionId openSession() {
        return new SessionId(jdbc.queryForObject(
                "SELECT id FROM user_session WHERE username = 'night-nurse' AND ended_at IS NULL", Long.class));
    }

    private int fullAccessInUse() {
        return jdbc.queryForObject("SELECT in_use FROM seat_pool WHERE kind = 'FULL_ACCESS'", Integer.class);
    }
}
