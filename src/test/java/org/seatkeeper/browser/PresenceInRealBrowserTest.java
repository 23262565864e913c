package org.seatkeeper.browser;

import java.time.Duration;

import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.Sessions;
import org.seatkeeper.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A signed-in tab learns at once, over push, when its session ends or an administrator asks it to sign out. */
class PresenceInRealBrowserTest extends BrowserTest {

    static final String PASSWORD = "presence-pass-7";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Admissions admissions;
    @Autowired
    Sessions sessions;
    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void oneSeatAndANurse() {
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 1 ELSE 0 END");
        jdbc.update("DELETE FROM app_user WHERE username = 'night-nurse'");
        jdbc.update("INSERT INTO app_user (first_name, last_name, username, password_hash, role, active) "
                + "VALUES ('Night', 'Nurse', 'night-nurse', ?, 'USER', TRUE)", passwords.encode(PASSWORD));
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

    /**
     * Another node writes only to the database; no event reaches this node. The tab must learn it well
     * before its next heartbeat (15 s): 5 s allows for the 2 s poll.
     */
    @Test
    void a_session_closed_on_another_node_sends_its_tab_to_the_login_view_within_seconds() {
        SessionId session = openSession();
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'CLOSED_BY_ADMINISTRATOR'"
                + " WHERE id = ?", session.value());
        jdbc.update("UPDATE seat_pool SET in_use = in_use - 1 WHERE kind = 'FULL_ACCESS'");

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("ended=closed"));
    }

    @Test
    void a_sign_out_request_made_on_another_node_shows_the_countdown_within_seconds() {
        jdbc.update("UPDATE user_session SET sign_out_requested_at = CURRENT_TIMESTAMP(3) WHERE id = ?",
                openSession().value());

        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out-seconds-left")));
    }

    @Test
    void asked_to_sign_out_the_user_sees_a_countdown_at_once_and_signing_out_frees_the_seat() {
        SessionId session = openSession();
        currentUser.runAs(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_USER")), () -> {
            sessions.requestSignOut(session);
            return null;
        });

        String secondsLeft = await.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out-seconds-left")))
                .getText();
        assertThat(Integer.parseInt(secondsLeft)).isBetween(1, 60);

        browser.findElement(By.id("sign-out-now")).click();

        await.until(ExpectedConditions.urlContains("/login"));
        assertThat(fullAccessInUse()).isZero();
        assertThat(jdbc.queryForObject("SELECT end_reason FROM user_session WHERE id = ?", String.class, session.value()))
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
