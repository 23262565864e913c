package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.seatkeeper.alerts.OpenEpisodes;
import org.seatkeeper.demo.HospitalA;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.SessionId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 9's tour: support staff, an administrator and a plain user sign in to the demo installation
 * and visit every view they may open, at 1280x800 and 1920x1080, and each once more at 1280x800 in the
 * dark appearance. Every view is held to what a person sees: no main grid or form that needs
 * sideways scrolling, no button beyond the right edge, no rule number or internal code in the text.
 * Issue 15 adds accessibility: axe-core's WCAG 2.x A/AA rules and the landmark, heading and grid
 * header best practices ({@link Accessibility}) on every view at 1280x800 in light and dark, on the
 * sign-in page (also with a refusal) and with the dialogs open (new user, password, a capacity change,
 * registering an API client, new and edit profile, rename a list entry, confirm a deletion); each violation is one line of
 * the problem list.
 * A screenshot of each view lands in target/tour/ for a reviewer. All problems of a role's tour are
 * collected and reported together, so one run shows everything that is wrong.
 * <p>
 * Each role's tour is a class of its own ({@link SupportTourInRealBrowserTest},
 * {@link AdministratorTourInRealBrowserTest}, {@link UserTourInRealBrowserTest}), so the test JVMs
 * share the tour out instead of one JVM walking it alone for minutes (docs/decisions/0021-test-forks.md).
 */
abstract class CockpitTourInRealBrowserTest extends BrowserTest {

    static final Path SHOTS = Path.of("target", "tour");

    static final List<String> ADMINISTRATOR_VIEWS = List.of(
            "overview",
            "usage",
            "sessions",
            "users",
            "profiles",
            "licences",
            "setup",
            "session-settings",
            "api-clients",
            "alerts",
            "access-log",
            "administration-log",
            "installation",
            "my-account");
    static final List<String> USER_VIEWS = List.of("", "my-account", "users");

    /** "rule 9", "(rules 3 and 7)": our rule numbers belong in code and tests only. */
    static final Pattern RULE_NUMBER = Pattern.compile("(?i)\\brules? \\d+");
    /** FULL_ACCESS, SIGN_OUT_REQUEST_EXPIRED, or one of our enum names standing alone. */
    static final Pattern INTERNAL_CODE = Pattern.compile(
            "\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b(?:PORTAL|EXEMPT|STANDARD|VIEW_ONLY|FULL|RESERVED|OVERFLOW|USER|ADMIN|SUPPORT|STALE|LIVE)\\b");

    @Autowired
    ApplicationContext context;

    @Autowired
    LoginAccounts accounts;

    private final List<String> problems = new ArrayList<>();

    /**
     * One role's tour of the demo installation, in the dark appearance too: issue 15 asks for no
     * violation in either, for each role.
     */
    void tourAs(String username, String password, String role, List<String> views) throws Exception {
        HospitalA.scene(context);
        // an open usage alert, so the banner above every view is measured too (administrator and support)
        OpenEpisodes.fullAccessAtCapacity(jdbc);
        Files.createDirectories(SHOTS);

        tour(username, password, role, views, true);

        assertThat(problems)
                .as("problems seen on the %s's tour (screenshots in %s)", role, SHOTS.toAbsolutePath())
                .isEmpty();
    }

    String demoPassword() {
        return HospitalA.password(context);
    }

    private void tour(String username, String password, String role, List<String> views, boolean alsoDark)
            throws Exception {
        othersAtWork();
        WebDriver driver = newBrowser();
        loginPage(driver, role);
        signIn(driver, username, password);
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBe(By.id("signed-in-user"), username));
        for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(1920, 1080))) {
            viewport(driver, size);
            for (String view : views) {
                visit(driver, role, view, size, "");
            }
        }
        if (alsoDark) {
            viewport(driver, new Dimension(1280, 800));
            driver.get(url("/my-account"));
            new WebDriverWait(driver, PATIENCE)
                    .until(ExpectedConditions.elementToBeClickable(By.id("appearance-toggle")))
                    .click();
            new WebDriverWait(driver, PATIENCE)
                    .until(d ->
                            "dark".equals(script(d, "return getComputedStyle(document.documentElement).colorScheme")));
            for (String view : views) {
                visit(driver, role, view, new Dimension(1280, 800), "-dark");
            }
            driver.findElement(By.id("appearance-toggle")).click(); // the preference goes with the database reset
        }
        close(driver);
        for (long id : jdbc.queryForList("SELECT id FROM user_session WHERE ended_at IS NULL", Long.class)) {
            admissions.end(new SessionId(id), EndReason.SIGNED_OUT);
        }
    }

    /** A few colleagues signed in from elsewhere, so Active sessions shows what a working day looks like. */
    private void othersAtWork() {
        String[][] people = {
            {"full2", "10.20.0.12", WINDOWS_CHROME},
            {"full3", "10.20.0.13", MAC_SAFARI},
            {"view2", "10.20.0.22", WINDOWS_CHROME},
            {"reserved1", "10.20.0.31", MAC_SAFARI}
        };
        for (String[] who : people) {
            admissions.admit(
                    Applicant.of(accounts.findByUsername(who[0]).orElseThrow()),
                    ClientDetails.portal(who[1], who[2], "node-1"));
        }
    }

    static final String WINDOWS_CHROME =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Safari/537.36";
    static final String MAC_SAFARI =
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                    + " Version/18.1 Safari/605.1.15";

    /** The window grows by what the browser keeps for itself, so the page gets the whole size. */
    private static void viewport(WebDriver driver, Dimension size) {
        driver.manage().window().setSize(size);
        Number width = (Number) script(driver, "return window.innerWidth");
        Number height = (Number) script(driver, "return window.innerHeight");
        driver.manage()
                .window()
                .setSize(new Dimension(2 * size.width - width.intValue(), 2 * size.height - height.intValue()));
    }

    private void visit(WebDriver driver, String role, String view, Dimension size, String variant) throws Exception {
        String where = role + " at " + size.width + "x" + size.height + variant + " on /" + view;
        driver.get(url("/" + view));
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.until(d -> Boolean.TRUE.equals(script(d, """
                return document.readyState === 'complete' && !!document.querySelector('vaadin-app-layout')
                    && !document.querySelector('vaadin-grid[loading]')
                    && !document.querySelector('vaadin-connection-indicator[loading]')""")));
        settle(driver); // the last push and the grids' column widths, before measuring
        String name = (role + "-" + size.width + "x" + size.height + variant + "-" + (view.isEmpty() ? "home" : view));
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) script(driver, MEASURE);
        if (Boolean.TRUE.equals(seen.get("pageScrollsSideways"))) {
            problems.add(where + ": the page scrolls sideways (" + seen.get("pageWidth") + " px in "
                    + seen.get("viewportWidth") + " px)");
        }
        for (Object grid : (List<?>) seen.get("widerGrids")) {
            problems.add(where + ": a grid needs sideways scrolling: " + grid);
        }
        for (Object button : (List<?>) seen.get("buttonsOutside")) {
            problems.add(where + ": a button lies beyond the right edge: " + button);
        }
        if (size.width == 1280) { // the same page at 1920x1080: checked in light and dark at 1280x800
            problems.addAll(Accessibility.violations(driver, where));
            openDialogs(driver, role, view, where);
        }
        String text = String.valueOf(seen.get("text"));
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Pattern forbidden : List.of(RULE_NUMBER, INTERNAL_CODE)) {
            Matcher m = forbidden.matcher(text);
            while (m.find()) {
                if (reported.add(m.group())) { // each word once per view, with its first context
                    int from = Math.max(0, m.start() - 40);
                    problems.add(where + ": internal words \"" + m.group() + "\" in \""
                            + text.substring(from, Math.min(text.length(), m.end() + 40))
                                    .replace('\n', ' ') + "\"");
                }
            }
        }
    }

    /** The sign-in page as it first shows, and as it shows a refusal (announced, not only red). */
    private void loginPage(WebDriver driver, String role) {
        if (!"support".equals(role)) {
            return; // the same page for everyone: checked once
        }
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        driver.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        problems.addAll(Accessibility.violations(driver, "the sign-in page"));
        driver.get(url("/login?error"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        problems.addAll(Accessibility.violations(driver, "the sign-in page with a refusal"));
    }

    /**
     * The dialogs, checked while open (light and dark), then closed with Escape: each is opened by
     * clicking these in turn (a row to select, then the button).
     */
    private void openDialogs(WebDriver driver, String role, String view, String where) throws Exception {
        List<By> clicks = switch (view + " as " + role) {
            case "users as administrator" -> List.of(By.cssSelector("vaadin-button#new-user"));
            case "users as support" -> List.of(cell("System Administrator"), button("Password…"));
            case "licences as support" -> List.of(By.cssSelector("vaadin-button#change-administrator-limit"));
            case "api-clients as administrator" -> List.of(By.cssSelector("vaadin-button#register-api-client"));
            case "profiles as administrator" -> List.of(button("New profile"));
            case "profiles as support" -> List.of(cell("Reader"), button("Edit"));
            case "setup as administrator" -> List.of(cell("Quality manager"), button("Delete…"));
            case "setup as support" -> List.of(cell("Quality manager"), button("Rename…"));
            default -> List.of();
        };
        if (clicks.isEmpty()) {
            return;
        }
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        for (By click : clicks) {
            WebElement target = wait.until(ExpectedConditions.elementToBeClickable(click));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
            target.click();
        }
        wait.until(d -> Boolean.TRUE.equals(
                script(d, "return !!document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')")));
        settle(driver); // the opening animation
        problems.addAll(Accessibility.violations(driver, where + " with the dialog of " + clicks.getLast()));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> Boolean.TRUE.equals(
                script(d, "return !document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')")));
    }

    private static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[.//text()[normalize-space(.)='" + text + "']]");
    }

    private static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space(.)='" + text + "' and not(@disabled)]");
    }

    private static Object script(WebDriver driver, String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /**
     * What a person sees, measured in the page: the text of the page (grid cells and dialogs included),
     * each visible grid whose columns are wider than the grid, each visible button beyond the right edge.
     */
    private static final String MEASURE = """
            const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
            const label = e => (e.id ? '#' + e.id + ' ' : '') + (e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 60);
            const widerGrids = [...document.querySelectorAll('vaadin-grid')].filter(visible).flatMap(g => {
              const table = g.shadowRoot && g.shadowRoot.querySelector('#table');
              return table && table.scrollWidth > table.clientWidth + 2
                  ? [(g.id || g.className || 'grid') + ': ' + table.scrollWidth + ' px of columns in ' + table.clientWidth + ' px'] : [];
            });
            const buttonsOutside = [...document.querySelectorAll('vaadin-button, vaadin-menu-bar-button, a[href]')]
                .filter(visible).filter(b => b.getBoundingClientRect().right > window.innerWidth + 1).map(label);
            const texts = [document.body.innerText];
            document.querySelectorAll('vaadin-grid').forEach(g => texts.push(g.innerText));
            document.querySelectorAll('vaadin-dialog-overlay, vaadin-notification-card').forEach(o => texts.push(o.innerText));
            return {
              pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth + 1,
              pageWidth: document.documentElement.scrollWidth, viewportWidth: window.innerWidth,
              widerGrids, buttonsOutside, text: texts.join('\\n')
            };
            """;
}
