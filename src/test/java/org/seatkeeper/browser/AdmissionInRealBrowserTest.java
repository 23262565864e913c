package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in through the real login form goes through the admission engine (rules 7 and 9). */
class AdmissionInRealBrowserTest extends BrowserTest {

    static final String PASSWORD = "browser-pass-42";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void oneFullAccessSeatAndTwoNurses() {
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 1 ELSE 0 END");
        for (String username : new String[] {"ward-nurse-1", "ward-nurse-2"}) {
            jdbc.update("DELETE FROM app_user WHERE username = ?", username);
            jdbc.update("INSERT INTO app_user (first_name, last_name, username, password_hash, role, active) "
                    + "VALUES ('Ward', ?, ?, ?, 'USER', TRUE)", username, username, passwords.encode(PASSWORD));
        }
    }

    @Test
    void when_the_last_seat_is_taken_the_next_user_is_told_to_try_again_later() throws Exception {
        signIn(browser, "ward-nurse-1", PASSWORD);
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "ward-nurse-1"));

        WebDriver second = newBrowser();
        try {
            signIn(second, "ward-nurse-2", PASSWORD);
            String refusal = refusalShownIn(second);
            assertThat(refusal).contains("All licences are in use. Try again later.");
        } finally {
            second.quit();
        }
        assertThat(jdbc.queryForObject("SELECT reason FROM access_log WHERE username = 'ward-nurse-2' ORDER BY id DESC LIMIT 1",
                String.class)).isEqualTo("no seat");
    }

    @Test
    void a_second_sign_in_while_the_first_tab_is_live_is_refused_saying_where() throws Exception {
        signIn(browser, "ward-nurse-1", PASSWORD);
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "ward-nurse-1"));

        WebDriver second = newBrowser();
        try {
            signIn(second, "ward-nurse-1", PASSWORD);
            assertThat(refusalShownIn(second)).contains("already signed in", "the portal at");
        } finally {
            second.quit();
        }
    }

    private static String refusalShownIn(WebDriver driver) {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("error"));
        return new WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> {
            String text = d.findElement(By.tagName("vaadin-login-form")).getText();
            return text.contains("Sign-in refused") ? text : null;
        });
    }
}
