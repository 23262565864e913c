package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Rule 11 in a real tab: before the idle timeout a countdown appears and ticks, and when it runs out
 * the session ends and the tab shows the login page saying why in plain words. The shortest idle
 * timeout the schema allows (60 s) with a 50 s warning keeps the test near a minute.
 */
class IdleWarningInRealBrowserTest extends BrowserTest {

    static final String PASSWORD = "idle-pass-2026";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void oneSeatAUserAndAOneMinuteIdleTimeout() {
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 1 ELSE 0 END");
        jdbc.update("DELETE FROM app_user WHERE username = 'idle-clerk'");
        jdbc.update(
                "INSERT INTO app_user (first_name, last_name, username, password_hash, role, active) "
                        + "VALUES ('Idle', 'Clerk', 'idle-clerk', ?, 'USER', TRUE)",
                passwords.encode(PASSWORD));
        jdbc.update("UPDATE session_policy SET idle_timeout_seconds = 60, idle_warning_seconds = 50,"
                + " auto_timeout_disabled = FALSE WHERE id = 1");
    }

    @AfterEach
    void restoreTheSettings() {
        jdbc.update("UPDATE session_policy SET idle_timeout_seconds = 1800, idle_warning_seconds = 60,"
                + " auto_timeout_disabled = FALSE WHERE id = 1");
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0");
    }

    @Test
    void the_countdown_appears_ticks_and_signs_the_idle_user_out_saying_why() throws Exception {
        signIn(browser, "idle-clerk", PASSWORD);
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "idle-clerk"));

        long first = secondsLeft(new WebDriverWait(browser, Duration.ofSeconds(40)));
        assertThat(first).isBetween(1L, 50L);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> secondsLeft(await) <= first - 3);
        assertThat(browser.findElement(By.id("idle-countdown")).getText()).startsWith("You will be signed out in");

        new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.urlContains("/login?ended=idle"));
        await.until(ExpectedConditions.textToBe(
                By.id("session-ended"), "You were signed out because you were inactive for too long."));
        assertThat(jdbc.queryForObject(
                        "SELECT end_reason FROM user_session WHERE username = 'idle-clerk'"
                                + " ORDER BY id DESC LIMIT 1",
                        String.class))
                .isEqualTo("IDLE_TIMEOUT");
        assertThat(jdbc.queryForObject("SELECT in_use FROM seat_pool WHERE kind = 'FULL_ACCESS'", Integer.class))
                .isZero();
    }

    private static long secondsLeft(WebDriverWait wait) {
        return Long.parseLong(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-seconds-left")))
                .getText());
    }
}
