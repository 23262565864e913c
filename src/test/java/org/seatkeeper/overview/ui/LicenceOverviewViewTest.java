package org.seatkeeper.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.UsageLevel;
import org.seatkeeper.testing.DirectoryScene;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class LicenceOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Admissions admissions;

    @Autowired
    DirectoryScene scene;

    @Autowired
    TestUsers users;

    @BeforeEach
    void seedFourExampleOnePools() {
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update(
                "UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 3 WHEN 'VIEW_ONLY' THEN 5 ELSE 1 END");
        jdbc.update("UPDATE seat_pool SET in_use = 2 WHERE kind = 'FULL_ACCESS'");
        // The home route already showed this view; leave it so that each test builds it afresh.
        UI.getCurrent().navigate("installation");
    }

    @Test
    void the_pools_are_shown_as_seed_004_prints_them() {
        LicenceOverviewView view = navigate(LicenceOverviewView.class);

        String pools = view.pools.getElement().getTextRecursively();
        assertThat(pools)
                .contains(
                        "Full-access users (F): 1 remaining",
                        "View-only users (V): 5 remaining",
                        "Reserved users (R): 1 remaining",
                        "2 of 3 in use");
    }

    @Test
    void each_pool_shows_todays_peak_and_refusals_and_links_to_the_usage_view() {
        // the scene's UPDATE already noted this minute (2 in use); two refusals at 3 of 3 join it
        jdbc.update("""
                INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
                VALUES ('FULL_ACCESS', ?, 3, 2, 2, 3, 2)
                ON DUPLICATE KEY UPDATE peak_in_use = 3, denials = 2""", DatabaseTime.parameter(Instant.now().truncatedTo(ChronoUnit.MINUTES)));

        LicenceOverviewView view = navigate(LicenceOverviewView.class);

        List<String> today = view.pools
                .getChildren()
                .map(LicenceOverviewView.PoolCard.class::cast)
                .map(card -> card.today.getText())
                .toList();
        assertThat(today)
                .containsExactly(
                        "Today: peak 3 of 3, 2 refused",
                        "Today: peak 0 of 5, none refused",
                        "Today: peak 0 of 1, none refused");
        assertThat(view.usage.getHref()).isEqualTo("usage");
    }

    @Test
    void a_sign_in_changes_the_figures_on_the_open_page_without_a_reload() {
        LicenceOverviewView view = navigate(LicenceOverviewView.class);
        LicenceOverviewView.PoolCard full = view.pools
                .getChildren()
                .map(LicenceOverviewView.PoolCard.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(full.figures.getText()).isEqualTo("2 of 3 in use");
        assertThat(full.meter.levelText()).isEmpty();

        admissions.admit(
                new Applicant(9101, "ward-ann", "Ann Ward", AdmissionClass.STANDARD),
                ClientDetails.portal("10.0.0.1", "Chrome", "node-a"));

        awaitPushed(() -> full.figures.getText(), "3 of 3 in use");
        assertThat(full.remaining.getText()).isEqualTo("Full-access users (F): 0 remaining");
        assertThat(full.meter.levelText()).isEqualTo("Full");
        assertThat(full.meter.label()).isEqualTo("Full-access: 3 of 3 used, full");
    }

    @Test
    void a_pot_nearly_full_is_amber_with_words_and_a_full_one_red() {
        scene.roomyPots();
        long profile = scene.profile("Documents only", "Full", "Documents");
        long pot = scene.modulePot("Documents");
        scene.capacity(pot, 10);
        for (int i = 0; i < 9; i++) {
            users.add("doc-" + i).profile(profile).withCredentials().insert();
        }
        LicenceOverviewView view = navigate(LicenceOverviewView.class);

        assertThat(view.warnings.getElement().getTextRecursively())
                .contains("Documents is nearly full: 9 of 10 in use, 1 free");
        assertThat(view.warnings
                        .getChildren()
                        .filter(w -> w.getElement().getClassList().contains("overview-warning-full")))
                .isEmpty();
        assertThat(LicenceOverviewView.consumersLink(potRow(view, "Documents"))
                        .getElement()
                        .getText())
                .isEqualTo("9 users");

        scene.capacity(pot, 9);
        UI.getCurrent().navigate("installation");
        view = navigate(LicenceOverviewView.class);

        assertThat(potRow(view, "Documents").level()).isEqualTo(UsageLevel.FULL);
        assertThat(view.warnings.getElement().getTextRecursively()).contains("Documents is full: 9 of 9 in use");
        assertThat(view.warnings
                        .getChildren()
                        .filter(w -> w.getElement().getClassList().contains("overview-warning-full")))
                .hasSize(1);
    }

    @Test
    void a_swedish_administrator_reads_the_overview_in_swedish_with_its_figures_and_plurals() {
        scene.roomyPots();
        long profile = scene.profile("Documents only", "Full", "Documents");
        users.add("doc-1").profile(profile).withCredentials().insert();
        users.add("doc-2").profile(profile).withCredentials().insert();
        jdbc.update("""
                INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
                VALUES ('FULL_ACCESS', ?, 3, 2, 2, 3, 2)
                ON DUPLICATE KEY UPDATE peak_in_use = 3, denials = 2""", DatabaseTime.parameter(Instant.now().truncatedTo(ChronoUnit.MINUTES)));
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));

        LicenceOverviewView view = navigate(LicenceOverviewView.class);

        assertThat(view.getElement().getTextRecursively())
                .contains("Licensöversikt", "Namngivna licenser", "Platspotter");
        Anchor link = (Anchor) LicenceOverviewView.consumersLink(potRow(view, "Documents"));
        assertThat(link.getText()).isEqualTo("2 användare");
        assertThat(link.getElement().getAttribute("aria-label"))
                .isEqualTo("Visa de 2 användare som förbrukar Documents");
        assertThat(LicenceOverviewView.consumersLink(potRow(view, "Training"))
                        .getElement()
                        .getText())
                .isEqualTo("Ingen");
        List<String> today = view.pools
                .getChildren()
                .map(LicenceOverviewView.PoolCard.class::cast)
                .map(card -> card.today.getText())
                .toList();
        assertThat(today)
                .containsExactly(
                        "I dag: högst 3 av 3, 2 nekade",
                        "I dag: högst 0 av 5, ingen nekad",
                        "I dag: högst 0 av 1, ingen nekad");
        assertThat(view.pools.getElement().getTextRecursively()).contains("2 av 3 används");
    }

    @Test
    void each_pot_links_to_the_users_who_consume_it() {
        scene.roomyPots();
        long profile = scene.profile("Documents only", "Full", "Documents");
        users.add("doc-1").profile(profile).withCredentials().insert();
        long pot = scene.modulePot("Documents");
        LicenceOverviewView view = navigate(LicenceOverviewView.class);

        PotUsage documents = potRow(view, "Documents");
        Anchor link = (Anchor) LicenceOverviewView.consumersLink(documents);
        assertThat(link.getHref()).isEqualTo("users?pot=" + pot);
        assertThat(link.getText()).isEqualTo("1 user");
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("Show the 1 user who consumes Documents");
        assertThat(LicenceOverviewView.consumersLink(potRow(view, "Training"))
                        .getElement()
                        .getText())
                .isEqualTo("Nobody");
    }

    @Test
    void the_full_access_warning_stands_by_the_pools_in_plain_words_with_the_figures() {
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = 1 WHERE kind = 'FULL_ACCESS'");
        jdbc.update("UPDATE concurrent_pool_capacity SET capacity = 1 WHERE kind = 'FULL_ACCESS'");
        users.add("rita").concurrentClass("RESERVED").insert();
        LicenceOverviewView view = navigate(LicenceOverviewView.class);

        assertThat(view.poolWarning.isVisible()).isTrue();
        assertThat(view.poolWarning.getText())
                .isEqualTo("Warning: Full-access capacity (1) should be at least the number"
                        + " of reserved users plus one (2), so that normal users can still sign in.");
    }

    @Test
    void administrator_seats_all_used_are_listed_among_the_warnings() {
        jdbc.update("UPDATE directory_setting SET int_value = (SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN'"
                + " AND active AND deleted_at IS NULL) WHERE name = 'ADMINISTRATOR_LIMIT'");
        try {
            LicenceOverviewView view = navigate(LicenceOverviewView.class);

            assertThat(view.warnings.getElement().getTextRecursively()).contains("Administrator seats are all used: ");
            assertThat(view.pots.getGenericDataView().getItems().count()).isPositive();
        } finally {
            jdbc.update("UPDATE directory_setting SET int_value = 5 WHERE name = 'ADMINISTRATOR_LIMIT'");
        }
    }

    private static PotUsage potRow(LicenceOverviewView view, String label) {
        return view.pots
                .getGenericDataView()
                .getItems()
                .filter(p -> p.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    /** Lets the feed's push tasks run (as the next round trip would) until the page shows what was expected. */
    private static void awaitPushed(Supplier<String> shown, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!expected.equals(shown.get()) && Instant.now().isBefore(deadline)) {
            runPushTasks();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(shown.get()).isEqualTo(expected);
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
