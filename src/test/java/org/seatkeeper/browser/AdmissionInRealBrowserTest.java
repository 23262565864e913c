package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Sign-in through the real login form goes through the admission engine (rules 7 and 9). */
class AdmissionInRealBrowserTest extends BrowserTest {

    static final String PASSWORD = "browser-pass-42";

    @BeforeEach
    void oneFullAccessSeatAndTwoNurses() {
        oneFullAccessSeat();
        user("ward-nurse-1", PASSWORD);
        user("ward-nurse-2", PASSWORD);
    }

    @Test
    void when_the_last_seat_is_taken_the_next_user_is_told_to_try_again_later() throws Exception {
        signIn(browser, "ward-nurse-1", PASSWORD);
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "ward-nurse-1"));

        WebDriver second = newBrowser();
        signIn(second, "ward-nurse-2", PASSWORD);

        assertThat(refusalShownIn(second)).contains("All licences are in use. Try again later.");
        assertThat(jdbc.queryForObject(
                        "SELECT reason_code FROM access_log WHERE username = 'ward-nurse-2' ORDER BY id DESC LIMIT 1",
                        String.class))
                .isEqualTo("no-seat");
    }

    @Test
    void a_second_sign_in_while_the_first_tab_is_live_is_refused_saying_where() throws Exception {
        signIn(browser, "ward-nurse-1", PASSWORD);
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "ward-nurse-1"));

        WebDriver second = newBrowser();
        signIn(second, "ward-nurse-1", PASSWORD);

        assertThat(refusalShownIn(second)).contains("already signed in", "the portal at");
    }

    private static String refusalShownIn(WebDriver driver) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains("error"));
        return new WebDriverWait(driver, PATIENCE).until(d -> {
            String text = d.findElement(By.tagName("vaadin-login-form")).getText();
            return text.contains("Sign-in refused") ? text : null;
        });
    }
}
