package org.seatkeeper.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.audit.AccessLogRow;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class AccessLogViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void oneEarlierAttempt() {
        jdbc.update("DELETE FROM access_log");
        attempt("ward-ann", true, "signed in");
    }

    @Test
    void new_entries_matching_the_filter_are_announced_live_and_shown_on_request_with_the_filter_kept() {
        AccessLogView view = navigate(AccessLogView.class);
        test(view.username).setValue("ward-ann");
        assertThat(usernames(view)).containsExactly("ward-ann");
        assertThat(view.newEntries.isVisible()).isFalse();

        attempt("other-bob", true, "signed in");
        attempt("ward-ann", false, "bad password");
        attempt("ward-ann", true, "signed in");

        awaitPushed(view, "2 new entries – show");

        test(view.newEntries).click();

        assertThat(usernames(view)).containsExactly("ward-ann", "ward-ann", "ward-ann");
        assertThat(view.username.getValue()).isEqualTo("ward-ann");
        assertThat(view.newEntries.isVisible()).isFalse();
    }

    @Test
    void entries_the_filter_hides_are_not_announced() {
        AccessLogView view = navigate(AccessLogView.class);
        test(view.username).setValue("ward-ann");

        attempt("other-bob", true, "signed in");
        attempt("ward-ann", true, "signed in");
        awaitPushed(view, "1 new entry – show");

        test(view.newEntries).click();
        test(view.username).setValue("nobody-here");
        attempt("other-bob", false, "bad password");
        sleep(1500);
        roundTrip();

        assertThat(view.newEntries.isVisible()).isFalse();
    }

    @Test
    void checking_integrity_says_the_log_is_intact_and_then_names_an_entry_edited_in_the_database() {
        navigate(AccessLogView.class);

        test($(Button.class).id("access-log-check")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("The access log is intact: 1 entry checked, none altered or missing.");

        jdbc.update("UPDATE access_log SET username = 'someone-else'");
        test($(Button.class).id("access-log-check")).click();

        assertThat(test($(Notification.class).last()).getText())
                .startsWith("The access log has been tampered with: Entry ")
                .contains("someone-else")
                .endsWith("was changed after it was written, or added from outside.");
    }

    private void attempt(String username, boolean success, String reason) {
        transaction.executeWithoutResult(tx -> events.publishEvent(
                new SignInAttempt(username, Instant.now(), "10.0.0.9", success, reason, "Chrome", "Portal")));
    }

    private List<String> usernames(AccessLogView view) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < test(view.grid).size(); i++) {
            names.add(((AccessLogRow) test(view.grid).getRow(i)).username());
        }
        return names;
    }

    /** Lets the feed's push tasks run (as the next round trip would) until the page announces what was expected. */
    private static void awaitPushed(AccessLogView view, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!(view.newEntries.isVisible() && expected.equals(view.newEntries.getText()))
                && Instant.now().isBefore(deadline)) {
            runPushTasks();
            sleep(100);
        }
        assertThat(view.newEntries.isVisible()).isTrue();
        assertThat(view.newEntries.getText()).isEqualTo(expected);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs the tasks the feed queued with ui.access() from its own thread: browserless tests hold the
     * session lock, so they wait in the session's queue as they would for the next push.
     */
    private static void runPushTasks() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }
}
