package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person picks Swedish on the sign-in page, stays in Swedish after signing in, and reads times in
 * their browser's zone (New York) while the server runs in UTC.
 */
class LanguageInRealBrowserTest extends BrowserTest {

    private static final String PASSWORD = "language-test-password";

    @Test
    void swedish_picked_on_the_sign_in_page_stays_after_signing_in_and_times_follow_the_browsers_zone()
            throws Exception {
        close(browser);
        browser = newBrowser(Map.of("TZ", "America/New_York"));
        await = new WebDriverWait(browser, PATIENCE);
        user("sv-nurse", PASSWORD);
        browser.get(url("/login"));
        await.until(ExpectedConditions.presenceOfElementLocated(tagline("Licence and session administration")));

        pick("#language", "Svenska");

        // the page reloads in the new language: while it does, the old page's nodes vanish under the driver
        new WebDriverWait(browser, PATIENCE)
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(
                        tagline("Administration av licenser och sessioner")));
        assertThat(browser.findElement(By.tagName("vaadin-login-form")).getText())
                .contains("Användarnamn", "Lösenord");

        signIn(browser, "sv-nurse", PASSWORD);
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "sv-nurse"));
        assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("Logga ut");

        // the browser lives in New York, the server in UTC: times follow the browser until the person chooses
        browser.get(url("/my-account"));
        await.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("time-zone"), "Tider visas i den här zonen"));
        String helper = browser.findElement(By.id("time-zone")).getText();
        ZonedDateTime newYork = ZonedDateTime.now(ZoneId.of("America/New_York"));
        assertThat(helper)
                .as("the time in New York, whatever the server's zone")
                .containsAnyOf(hourAndMinute(newYork), hourAndMinute(newYork.minusMinutes(1)));
        assertThat(browser.findElement(By.cssSelector("#time-zone input")).getAttribute("value"))
                .isEqualTo("America/New_York");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM user_preference p JOIN app_user u ON u.id = p.user_id"
                                + " WHERE u.username = 'sv-nurse' AND p.language IS NOT NULL",
                        Integer.class))
                .as("picked before signing in: this browser's choice, not the account's")
                .isZero();
    }

    private void pick(String select, String item) {
        await.until(ExpectedConditions.elementToBeClickable(By.cssSelector(select)))
                .click();
        pickShown("vaadin-select-item", item);
    }

    /** Clicks the shown option with this text once the overlay lists it. */
    private void pickShown(String optionTag, String item) {
        await.until(driver -> driver.findElements(By.tagName(optionTag)).stream()
                .filter(option ->
                        option.isDisplayed() && option.getText().trim().equals(item))
                .findFirst()
                .map(option -> {
                    option.click();
                    return true;
                })
                .orElse(false));
    }

    private static By tagline(String text) {
        return By.xpath("//p[normalize-space(.)='" + text + "']");
    }

    private static String hourAndMinute(ZonedDateTime time) {
        return time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
