package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.testing.TestPools;

/**
 * The Usage view's charts, drawn on the server, arrive in the browser as pictures and are drawn again in
 * the dark appearance. Screenshots in target/tour/usage-charts*.png.
 */
class UsageChartsInRealBrowserTest extends BrowserTest {

    static final String ALL_CHARTS_SHOWN = """
            const charts = [...document.querySelectorAll('#usage-charts img')];
            return charts.length === 3 && charts.every(c => c.complete && c.naturalWidth > 0)""";

    @Test
    void the_pools_charts_load_in_the_light_and_the_dark_appearance() throws Exception {
        TestPools.set(jdbc, 3, 5, 1);
        Instant twoHoursAgo = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
        jdbc.update("""
                        INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity,
                            denials) VALUES ('FULL_ACCESS', ?, 3, 1, 2, 3, 2)""", DatabaseTime.parameter(twoHoursAgo));
        Path shots = Files.createDirectories(Path.of("target", "tour"));

        signIn(browser, "admin", "admin-test-password");
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "admin"));
        browser.get(url("/usage"));
        await.until(d -> Boolean.TRUE.equals(script(d, ALL_CHARTS_SHOWN)));
        String light = String.valueOf(script(browser, "return document.querySelector('#usage-charts img').src"));
        script(browser, "document.getElementById('usage-charts').scrollIntoView()");
        Files.write(shots.resolve("usage-charts.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.id("appearance-toggle")).click();
        await.until(d -> !light.equals(script(d, "return document.querySelector('#usage-charts img').src"))
                && Boolean.TRUE.equals(script(d, ALL_CHARTS_SHOWN)));
        script(browser, "document.getElementById('usage-charts').scrollIntoView()");
        Files.write(
                shots.resolve("usage-charts-dark.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.id("appearance-toggle")).click(); // back to light, as the next test expects

        assertThat(String.valueOf(script(browser, "return document.querySelector('#usage-chart-full-access').alt")))
                .startsWith("Full-access: peak in use against capacity over 7 days");
    }

    private static Object script(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
