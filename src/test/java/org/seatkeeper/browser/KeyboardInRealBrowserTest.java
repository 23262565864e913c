package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.testing.TestPools;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15's keyboard-only scenario: an administrator who uses no mouse signs in (after one refusal,
 * which is announced), reaches the navigation, opens Active sessions (focus lands on its heading),
 * reaches the grid, closes a stale session and asks a live one to sign out from the rows' own buttons;
 * the user on the other end hears the request. And a dialog keeps focus inside while open and gives
 * it back to the button that opened it.
 */
class KeyboardInRealBrowserTest extends BrowserTest {

    static final String PASSWORD = "keyboard-pass-2026";
    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";

    @Autowired
    LoginAccounts accounts;

    @BeforeEach
    void aStaleAndALiveColleague() {
        TestPools.set(jdbc, 3, 0, 0);
        user("ward-stale", PASSWORD);
        user("ward-live", PASSWORD);
    }

    @Test
    void an_administrator_closes_a_stale_session_and_asks_a_live_one_to_sign_out_with_the_keyboard_only()
            throws Exception {
        WebDriver colleague = newBrowser();
        signIn(colleague, "ward-live", PASSWORD);
        new WebDriverWait(colleague, PATIENCE).until(ExpectedConditions.textToBe(By.id("signed-in-user"), "ward-live"));
        admissions.admit(
                Applicant.of(accounts.findByUsername("ward-stale").orElseThrow()),
                ClientDetails.portal("10.20.0.40", CHROME, "node-1"));
        // no heartbeat for a day: stale (its last action stays recent, or the idle timeout would end it)
        jdbc.update("UPDATE user_session SET last_heartbeat = last_heartbeat - INTERVAL 1 DAY"
                + " WHERE username = 'ward-stale' AND ended_at IS NULL");

        // A refusal at sign-in is announced, not only shown in red.
        browser.get(url("/login"));
        await.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        tabUntil(f -> "username".equals(f.get("name")), "the username field");
        keys("admin", Keys.TAB, "not-the-password", Keys.ENTER);
        await.until(d -> d.getCurrentUrl().contains("error"));
        await.until(d -> Boolean.TRUE.equals(script("return !!document.querySelector('vaadin-login-form[error]')")));
        await.until(d -> Boolean.TRUE.equals(script(ANNOUNCED, "Incorrect username or password.")));

        await.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        tabUntil(f -> "username".equals(f.get("name")), "the username field");
        keys("admin", Keys.TAB, "admin-test-password", Keys.ENTER); // the page came back with empty fields
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "admin"));

        // From the start of the page, Tab reaches the navigation; Enter opens Active sessions and focus
        // moves to its heading.
        script("document.activeElement && document.activeElement.blur()");
        tabUntil(
                f -> "vaadin-side-nav-item".equals(f.get("host")) && "Active sessions".equals(f.get("text")),
                "Active sessions in the navigation");
        keys(Keys.ENTER);
        await.until(d -> d.getCurrentUrl().endsWith("/sessions"));
        await.until(d -> "h1".equals(focused().get("tag")));
        assertThat(focused().get("text")).isEqualTo("Active sessions");

        // Tab reaches the grid; arrows reach the stale colleague's row and its action cell.
        await.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("session-counts"), "3 sessions: 2 live, 1 stale"));
        tabUntil(
                f -> Boolean.TRUE.equals(f.get("inGrid"))
                        && String.valueOf(f.get("part")).contains("body-cell"),
                "a row of the sessions grid");
        rowAction("ward-stale", "Close, Ward ward-stale");
        keys(Keys.ENTER);
        await.until(d -> "CLOSED_BY_ADMINISTRATOR"
                .equals(jdbc.queryForObject(
                        "SELECT MAX(end_reason) FROM user_session WHERE username = 'ward-stale'", String.class)));
        await.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("session-counts"), "2 sessions: 2 live, 0 stale"));

        // Back to the cells (Escape leaves the button), on to the live colleague's row. Should the closed
        // row's button have vanished under the focus, the person tabs back into the grid.
        if ("vaadin-button".equals(focused().get("tag"))) {
            keys(Keys.ESCAPE);
        }
        if (!Boolean.TRUE.equals(focused().get("inGrid"))) {
            script("document.activeElement && document.activeElement.blur()");
            tabUntil(
                    f -> Boolean.TRUE.equals(f.get("inGrid"))
                            && String.valueOf(f.get("part")).contains("body-cell"),
                    "a row of the sessions grid again");
        }
        rowAction("ward-live", "Ask to sign out, Ward ward-live");
        keys(Keys.ENTER);
        await.until(d -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM user_session WHERE username = 'ward-live'"
                                + " AND ended_at IS NULL AND sign_out_requested_at IS NOT NULL",
                        Integer.class)
                == 1);

        // The colleague hears the request at once, through an assertive live region.
        new WebDriverWait(colleague, PATIENCE)
                .until(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript(ANNOUNCED, "An administrator asked you to sign out.")));
        Object words = ((JavascriptExecutor) colleague)
                .executeScript("const r = document.querySelector('[aria-live=assertive]'); return r && r.textContent");
        assertThat(String.valueOf(words))
                .matches("An administrator asked you to sign out\\. You will be signed out in \\d+ seconds\\.");
    }

    @Test
    void a_dialog_keeps_focus_inside_and_gives_it_back_to_the_button_that_opened_it() throws Exception {
        signIn(browser, "admin", "admin-test-password");
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "admin"));
        browser.get(url("/users"));
        await.until(ExpectedConditions.elementToBeClickable(By.id("new-user")));
        script("document.activeElement && document.activeElement.blur()");
        tabUntil(f -> "new-user".equals(f.get("id")), "the New user button");
        keys(Keys.ENTER);
        await.until(d -> Boolean.TRUE.equals(script("return !!document.querySelector('vaadin-dialog[opened]')")));
        await.until(d -> Boolean.TRUE.equals(focused().get("inDialog")));

        List<String> left = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys(Keys.TAB);
            Map<String, Object> now = focused();
            if (!Boolean.TRUE.equals(now.get("inDialog"))) {
                left.add(now.toString());
            }
        }
        assertThat(left).as("focus that left the open dialog").isEmpty();

        keys(Keys.ESCAPE);
        await.until(d -> Boolean.TRUE.equals(script("return !document.querySelector('vaadin-dialog[opened]')")));
        await.until(d -> "new-user".equals(focused().get("id")));
    }

    /**
     * Moves with the arrow keys to the row whose text names {@code username}, then to its last cell,
     * and enters the cell (Enter): focus is then on the row's button, whose accessible name is checked.
     */
    private void rowAction(String username, String expectedName) {
        keys(Keys.HOME);
        for (int moves = 0; !String.valueOf(focused().get("row")).contains(username); moves++) {
            assertThat(moves)
                    .as("rows passed looking for " + username + "; now at " + focused())
                    .isLessThan(10);
            keys(moves < 5 ? Keys.ARROW_DOWN : Keys.ARROW_UP);
        }
        keys(Keys.END);
        keys(Keys.ENTER);
        await.until(d -> "vaadin-button".equals(focused().get("tag")));
        assertThat(focused().get("label")).isEqualTo(expectedName);
    }

    private void tabUntil(Predicate<Map<String, Object>> target, String what) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> now = focused();
            if (target.test(now)) {
                return;
            }
            passed.add(String.valueOf(now.get("tag")) + ":" + now.get("text"));
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what + "; it passed " + passed);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) script(FOCUSED);
    }

    /** The element that really has focus, through shadow roots, and where it sits. */
    static final String FOCUSED = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            if (!a) { return {tag: 'none'}; }
            const host = a.getRootNode().host;
            const slotted = el => { const s = el.querySelector && el.querySelector('slot');
              return s ? s.assignedNodes({flatten: true}).map(n => n.textContent).join(' ').trim() : (el.textContent || '').trim(); };
            const row = host && host.tagName === 'VAADIN-GRID' ? a.closest('tr') : null;
            const deep = el => { let e = el; while (e) { if (e.matches && e.matches('vaadin-dialog, vaadin-dialog-overlay')) return true;
              e = e.parentElement || (e.getRootNode() && e.getRootNode().host); } return false; };
            return {
              tag: a.tagName.toLowerCase(), id: a.id || '', name: a.getAttribute('name') || '',
              part: a.getAttribute('part') || '', label: a.getAttribute('aria-label') || '',
              host: host ? host.tagName.toLowerCase() : '',
              text: (host && host.tagName === 'VAADIN-SIDE-NAV-ITEM' ? host.textContent : (a.innerText || slotted(a) || '')).trim(),
              inGrid: !!(host && host.tagName === 'VAADIN-GRID'),
              inDialog: deep(a),
              row: row ? [...row.children].map(slotted).join(' | ') : ''
            };
            """;

    /** Whether the text appears inside a live region (aria-live, or role alert or status), shadow roots included. */
    static final String ANNOUNCED = """
            const wanted = arguments[0];
            const live = el => el.matches('[aria-live=polite], [aria-live=assertive], [role=alert], [role=status]');
            const search = root => {
              for (const el of root.querySelectorAll('*')) {
                if (live(el) && (el.textContent || '').includes(wanted)) return true;
                if (el.shadowRoot && search(el.shadowRoot)) return true;
              }
              return false;
            };
            return search(document);
            """;
}
