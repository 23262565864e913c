package org.seatkeeper.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base for the few real-browser tests: the whole application on a random port, driven by Debian's
 * headless Chromium through Selenium. Skipped, with a reason, where Chromium is not installed
 * (.ci/run installs it). After each test every browser it opened is closed and every session still
 * open is ended the way the application ends sessions (its seat freed, its tabs told), so no account
 * stays signed in for the next test (rule 9 would refuse it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * Page loads and pushes take well under 2 s on an idle machine; the first page of a fresh context
     * takes about 10 s. The budget is for a 2-core machine shared with other builds.
     */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestUsers users;

    @Autowired
    Admissions admissions;

    protected WebDriver browser;
    protected WebDriverWait await;
    private final List<WebDriver> opened = new ArrayList<>();

    @BeforeEach
    void openBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
        if (Boolean.parseBoolean(System.getenv("SEATKEEPER_REQUIRE_BROWSER"))) {
            Assertions.assertTrue(installed, missing);
        }
        Assumptions.assumeTrue(installed, missing);
        browser = newBrowser();
        await = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void closeBrowsersAndEndTheirSessions() {
        opened.forEach(WebDriver::quit);
        opened.clear();
        for (long id : jdbc.queryForList("SELECT id FROM user_session WHERE ended_at IS NULL", Long.class)) {
            admissions.end(new SessionId(id), EndReason.SIGNED_OUT);
        }
    }

    /** A fresh browser (no cookies), closed after the test. */
    protected WebDriver newBrowser() throws Exception {
        return newBrowser(Map.of());
    }

    /** A fresh browser whose processes see these environment variables (TZ for its time zone, say). */
    protected WebDriver newBrowser(Map<String, String> environment) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("seatkeeper-chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(environment)
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        opened.add(driver);
        return driver;
    }

    /** Closes a browser before the test ends, as a user closing the window. */
    protected void close(WebDriver driver) {
        driver.quit();
        opened.remove(driver);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A user with this password who can sign in (the licence and pool rules are the test's to set). */
    protected void user(String username, String password) {
        users.add(username).named("Ward", username).password(password).insert();
    }

    /** One Full-access seat, nothing else. */
    protected void oneFullAccessSeat() {
        TestPools.set(jdbc, 1, 0, 0);
    }

    protected void signIn(WebDriver driver, String username, String password) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        driver.get(url("/login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    /**
     * Waits until the page is still: no request of Vaadin's in flight, no finite animation running (a
     * dialog opening, a fade), and two frames painted since, so grids have set their column widths. Faster
     * than a fixed pause on a quiet machine, and it waits as long as it must on a busy one.
     */
    protected static void settle(WebDriver driver) {
        new WebDriverWait(driver, PATIENCE)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
                const busy = Object.values(clients).some(c => c.isActive && c.isActive());
                const moving = document.getAnimations().some(a => a.playState === 'running'
                    && Number.isFinite(a.effect.getComputedTiming().endTime));
                return !busy && !moving;""")));
        ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => done()));""");
    }
}
