package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 4's two-browser scenario: a user signs in and the administrator sees the session appear
 * without refreshing; the user's browser is closed, the session turns stale, the administrator closes
 * it and the seat is free again.
 */
class LiveSessionsInRealBrowserTest extends BrowserTest {

    static final String PASSWORD = "live-pass-2026";

    @BeforeEach
    void oneSeatAShortStaleThresholdAndAUser() {
        oneFullAccessSeat();
        // 30 s is the shortest threshold the schema allows: two missed heartbeats of 15 s
        jdbc.update("UPDATE session_policy SET stale_after_seconds = 30 WHERE id = 1");
        user("ward-clerk", PASSWORD);
    }

    @Test
    void the_administrator_watches_a_session_appear_turn_stale_and_closes_it() throws Exception {
        signIn(browser, "admin", "admin-test-password");
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "admin"));
        browser.get(url("/sessions"));
        await.until(ExpectedConditions.presenceOfElementLocated(By.id("pool-meters")));
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("active-sessions"), "This is you"));

        WebDriver user = newBrowser();
        signIn(user, "ward-clerk", PASSWORD);
        new WebDriverWait(user, PATIENCE).until(ExpectedConditions.textToBe(By.id("signed-in-user"), "ward-clerk"));

        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("active-sessions"), "ward-clerk"));
        await.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pool-full-access"), "1 of 1 in use · 0 free"));
        await.until(ExpectedConditions.textToBe(By.id("session-counts"), "2 sessions: 2 live, 0 stale"));
        // Recorded when the tab opened, long before its first heartbeat (15 s).
        assertThat(jdbc.queryForObject(
                        "SELECT open_tabs FROM user_session WHERE username = 'ward-clerk' AND ended_at IS NULL",
                        Integer.class))
                .isEqualTo(1);

        close(user);

        // stale after 30 s without a heartbeat, shown at the next tick: 90 s allow for a busy machine
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-button[normalize-space(.)='Close']")));
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("active-sessions"), "no open tab"));
        // The grid re-renders its rows every second (idle seconds tick); should a row element be recycled
        // between finding the button and clicking it, find and click again.
        await.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement close = driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Close']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", close);
            return true;
        });

        await.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pool-full-access"), "0 of 1 in use · 1 free"));
        assertThat(jdbc.queryForObject("SELECT in_use FROM seat_pool WHERE kind = 'FULL_ACCESS'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT end_reason FROM user_session WHERE username = 'ward-clerk' ORDER BY id DESC LIMIT 1",
                        String.class))
                .isEqualTo("CLOSED_BY_ADMINISTRATOR");
    }
}
