package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.seatkeeper.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The status colours of seed 003 really reach the browser: our stylesheet and the grid's row parts.
 */
class UsersInRealBrowserTest extends BrowserTest {

    @Autowired
    ScreenFixtures fx;

    @Test
    void an_inactive_account_is_shown_mustard_yellow_and_an_administrator_red() {
        fx.reset();
        long area = fx.area("Ward 1");
        long profile = fx.profile("Documents only", "Full", "Documents");
        fx.user("Sleeping", "sleeping", "USER", profile, area, null, false, true);
        signIn(browser, "admin", "admin-test-password");
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "admin"));

        browser.get(url("/users"));
        var inactive =
                await.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-status-inactive")));
        var administrator = browser.findElement(By.cssSelector(".account-status-administrator"));

        assertThat(inactive.getCssValue("background-color")).isEqualTo("rgba(225, 173, 1, 1)");
        assertThat(administrator.getCssValue("background-color")).isEqualTo("rgba(198, 40, 40, 1)");
        Object rowTint = ((JavascriptExecutor) browser).executeScript("""
                const cell = document.querySelector('vaadin-grid.users-grid').shadowRoot
                    .querySelector('td[part~="user-inactive"]');
                return cell ? getComputedStyle(cell).backgroundColor : null;""");
        // A Lumo warning tint (readable in light and dark themes), not the grid's plain background.
        assertThat(rowTint).isNotNull().isNotIn("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)", "transparent");
    }

    @Test
    void the_users_grid_fits_1280_pixels_without_sideways_scrolling() {
        fx.reset();
        long area = fx.area("Ward 1");
        long profile = fx.profile("Documents only", "Full", "Documents");
        fx.user(
                "Sleeping-with-a-rather-long-surname",
                "sleeping.with.a.long.username",
                "USER",
                profile,
                area,
                null,
                false,
                true);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
        signIn(browser, "admin", "admin-test-password");
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "admin"));

        browser.get(url("/users"));
        await.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-status-inactive")));
        Object overflow = ((JavascriptExecutor) browser).executeScript("""
                const table = document.querySelector('vaadin-grid.users-grid').shadowRoot.querySelector('#table');
                return table.scrollWidth - table.clientWidth;""");

        assertThat(((Number) overflow).intValue())
                .as("pixels the grid would scroll sideways")
                .isLessThanOrEqualTo(0);
    }
}
