package org.seatkeeper.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.testing.AsInTheBrowser.interact;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.sessions.Sessions;
import org.seatkeeper.sessions.SessionsSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class ActiveSessionsViewTest extends SpringBrowserlessTest {

    static final String CHROME_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/136.0.0.0 Safari/537.36";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Admissions admissions;

    @Autowired
    Sessions sessions;

    @Autowired
    SeatPools pools;

    AdmittedSession live;
    AdmittedSession stale;

    @BeforeEach
    void exampleOneWithOneTabClosed() {
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update(
                "UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 3 WHEN 'VIEW_ONLY' THEN 5 ELSE 1 END");
        live = admissions.admit(
                new Applicant(9001, "live-ann", "Ann Live", AdmissionClass.STANDARD),
                ClientDetails.portal("0:0:0:0:0:0:0:1", CHROME_ON_LINUX, "node-a"));
        stale = admissions.admit(
                new Applicant(9002, "stale-bob", "Bob Stale", AdmissionClass.VIEW_ONLY),
                ClientDetails.portal("0:0:0:0:0:ffff:a00:2", "Chrome", "node-b"));
        admissions.recordOpenTabs(stale.id(), 1);
        jdbc.update(
                "UPDATE user_session SET last_heartbeat = TIMESTAMPADD(MINUTE, -10, CURRENT_TIMESTAMP(3)),"
                        + " last_activity = TIMESTAMPADD(SECOND, -252, CURRENT_TIMESTAMP(3)) WHERE id = ?",
                stale.id().value());
        UI.getCurrent().navigate("overview");
    }

    @Test
    void the_pool_meters_show_use_capacity_and_what_is_free_with_the_level_in_words() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        assertThat(view.meters.text())
                .isEqualTo("Full-access 1 of 3 in use · 2 free, View-only 1 of 5 in use · 4 free,"
                        + " Reserved 0 of 1 in use · 1 free");

        admissions.admit(
                new Applicant(9004, "reserved-rita", "Rita Reserved", AdmissionClass.RESERVED),
                ClientDetails.portal("10.0.0.4", CHROME_ON_LINUX, "node-a"));
        view.refresh();

        assertThat(view.meters.text()).contains("Reserved Full 1 of 1 in use · 0 free");
        assertThat(view.meters.getElement().getChild(2).getAttribute("class")).contains("pool-meter-full");
        assertThat(view.meters.getElement().getChild(0).getAttribute("class")).contains("pool-meter-normal");
    }

    @Test
    void a_pool_at_ninety_percent_is_nearly_full_and_a_pool_with_no_capacity_says_so() {
        assertThat(PoolMeters.level(pools.snapshot().fullAccess())).isEqualTo(org.seatkeeper.shared.UsageLevel.NORMAL);
        assertThat(PoolMeters.level(new org.seatkeeper.sessions.PoolUsage(ConcurrentPool.FULL_ACCESS, 10, 9)))
                .isEqualTo(org.seatkeeper.shared.UsageLevel.NEARLY_FULL);
        assertThat(PoolMeters.level(new org.seatkeeper.sessions.PoolUsage(ConcurrentPool.FULL_ACCESS, 10, 8)))
                .isEqualTo(org.seatkeeper.shared.UsageLevel.NORMAL);
        assertThat(PoolMeters.level(new org.seatkeeper.sessions.PoolUsage(ConcurrentPool.RESERVED, 0, 0))
                        .words())
                .isEqualTo("None bought");
    }

    @Test
    void every_row_reads_in_plain_words() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);
        OpenSession bob = row(view, "stale-bob");
        OpenSession ann = row(view, "live-ann");

        assertThat(cell(view, "user", "main", bob)).isEqualTo("Bob Stale");
        assertThat(cell(view, "user", "secondary", bob)).isEqualTo("stale-bob");
        assertThat(cell(view, "seat", "seat", bob)).isEqualTo("View only");
        assertThat(cell(view, "seat", "seat", ann)).isEqualTo("Full access");
        assertThat(cell(view, "state", "main", bob)).isEqualTo("Stale");
        assertThat(cell(view, "state", "secondary", bob))
                .as("a stale session has no open tab")
                .isEqualTo("no open tab");
        assertThat(cell(view, "state", "main", ann)).isEqualTo("Live");
        assertThat((String) cell(view, "idle", "main", bob)).matches("4 min 1[2-9] s");
        assertThat((String) cell(view, "idle", "secondary", bob)).startsWith("signed in ");
        assertThat(cell(view, "client", "main", bob)).isEqualTo("Portal");
        assertThat(cell(view, "browser", "main", ann)).isEqualTo("Chrome 136 on Linux");
        assertThat(cell(view, "browser", "secondary", ann))
                .as("two nodes: the node is shown")
                .isEqualTo("::1 · node node-a");
        assertThat(cell(view, "browser", "secondary", bob)).isEqualTo("10.0.0.2 · node node-b");
        assertThat(cell(view, "actions", "label", bob)).isEqualTo("Close");
        assertThat(cell(view, "actions", "label", ann)).isEqualTo("Ask to sign out");
    }

    @Test
    void idle_sorts_by_the_real_value() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);
        var idle = view.grid.getColumnByKey("idle");

        assertThat(idle.getComparator(com.vaadin.flow.data.provider.SortDirection.ASCENDING)
                        .compare(row(view, "live-ann"), row(view, "stale-bob")))
                .isNegative();
    }

    @Test
    void open_tabs_are_shown_from_the_first_record_and_a_single_node_is_not_shown() {
        jdbc.update("UPDATE user_session SET node = 'node-a' WHERE ended_at IS NULL");
        admissions.recordOpenTabs(live.id(), 2);
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        assertThat(cell(view, "state", "secondary", row(view, "live-ann"))).isEqualTo("2 open tabs");
        assertThat(cell(view, "browser", "secondary", row(view, "live-ann"))).isEqualTo("::1");
    }

    @Test
    void the_administrators_own_session_offers_no_action_and_is_left_out_of_a_selection() {
        admissions.admit(
                new Applicant(9005, "admin", "Site Administrator", AdmissionClass.EXEMPT),
                ClientDetails.portal("10.0.0.5", CHROME_ON_LINUX, "node-a"));
        ActiveSessionsView view = navigate(ActiveSessionsView.class);
        OpenSession mine = row(view, "admin");

        assertThat(cell(view, "actions", "self", mine)).isEqualTo(true);
        assertThat(cell(view, "seat", "seat", mine)).isEqualTo("Exempt – no licence");
        assertThat(cell(view, "actions", "self", row(view, "live-ann"))).isEqualTo(false);

        view.grid
                .asMultiSelect()
                .select(view.grid.getGenericDataView().getItems().toList());

        assertThat(view.grid.getSelectedItems())
                .extracting(OpenSession::username)
                .containsExactlyInAnyOrder("live-ann", "stale-bob");
        assertThat(view.closeSelected.getText()).isEqualTo("Close selected (2)");
    }

    @Test
    void a_stale_session_is_closed_and_its_seat_is_free_again() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        view.close(row(view, "stale-bob"));

        assertThat(usernames(view)).containsExactly("live-ann");
        assertThat(view.meters.text()).contains("View-only 0 of 5 in use · 5 free");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Bob Stale's session was closed; its seat is free.");
    }

    @Test
    void closing_a_live_session_is_refused_because_its_tab_is_still_open() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        interact(() -> view.close(row(view, "live-ann")));

        assertThat(test($(Notification.class).last()).getText())
                .contains("still live", "tab is still open")
                .doesNotContain("PORTAL", "rule");
        assertThat(usernames(view)).contains("live-ann");
    }

    @Test
    void repeated_refusals_replace_the_previous_notification_instead_of_stacking() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        interact(() -> view.close(row(view, "live-ann")));
        interact(() -> view.close(row(view, "live-ann")));
        interact(() -> view.close(row(view, "live-ann")));

        assertThat($(Notification.class).all().stream().filter(Notification::isOpened))
                .hasSize(1);
    }

    @Test
    void a_live_user_can_be_asked_to_sign_out() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        view.askToSignOut(row(view, "live-ann"));

        OpenSession asked = row(view, "live-ann");
        assertThat(asked.signOutRequested()).isTrue();
        assertThat(cell(view, "state", "main", asked)).isEqualTo("Sign-out asked");
        assertThat(cell(view, "actions", "disabled", asked)).isEqualTo(true);
    }

    @Test
    void close_all_stale_closes_only_the_stale_ones_and_says_how_many() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        view.closeAllStale();

        assertThat(usernames(view)).containsExactly("live-ann");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("1 stale session was closed.");
    }

    @Test
    void close_selected_closes_the_stale_ones_and_says_how_many_were_skipped_as_live() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);
        view.grid.select(row(view, "live-ann"));
        view.grid.select(row(view, "stale-bob"));
        assertThat(view.closeSelected.getText()).isEqualTo("Close selected (2)");

        test(view.closeSelected).click();

        assertThat(usernames(view)).containsExactly("live-ann");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("1 session closed; 1 skipped because it is still live (ask instead).");
        assertThat(view.closeSelected.isEnabled()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT end_reason FROM user_session WHERE id = ?",
                        String.class,
                        stale.id().value()))
                .isEqualTo("CLOSED_BY_ADMINISTRATOR");
    }

    @Test
    void the_selection_survives_a_pushed_update_and_forgets_sessions_that_are_gone() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);
        view.grid.select(row(view, "stale-bob"));
        view.grid.select(row(view, "live-ann"));

        view.show(new SessionsSnapshot(sessions.open(), pools.snapshot(), pools.fullAccessWarning(), Instant.now()));
        assertThat(view.grid.getSelectedItems())
                .extracting(OpenSession::username)
                .containsExactlyInAnyOrder("stale-bob", "live-ann");

        admissions.end(live.id(), org.seatkeeper.sessions.EndReason.SIGNED_OUT);
        view.show(new SessionsSnapshot(sessions.open(), pools.snapshot(), pools.fullAccessWarning(), Instant.now()));

        assertThat(view.grid.getSelectedItems())
                .extracting(OpenSession::username)
                .containsExactly("stale-bob");
        assertThat(view.closeSelected.getText()).isEqualTo("Close selected (1)");
    }

    @Test
    void the_sessions_are_counted_by_state() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);
        assertThat(view.counts.getText()).isEqualTo("2 sessions: 1 live, 1 stale");

        test(view.state).selectItem("Stale");

        assertThat(view.counts.getText()).isEqualTo("2 sessions: 1 live, 1 stale · 1 shown");
    }

    @Test
    void the_state_filter_shows_live_or_stale_sessions() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        test(view.state).selectItem("Stale");
        assertThat(usernames(view)).containsExactly("stale-bob");
        test(view.state).selectItem("Live");
        assertThat(usernames(view)).containsExactly("live-ann");
    }

    @Test
    void a_new_sign_in_appears_at_the_next_update() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);
        admissions.admit(
                new Applicant(9003, "new-cara", "Cara New", AdmissionClass.STANDARD),
                ClientDetails.portal("10.0.0.3", "Safari", "node-a"));

        view.refresh();

        assertThat(usernames(view)).contains("new-cara");
    }

    private static List<String> usernames(ActiveSessionsView view) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .map(OpenSession::username)
                .filter(name -> name.startsWith("live-") || name.startsWith("stale-") || name.startsWith("new-"))
                .toList();
    }

    private static OpenSession row(ActiveSessionsView view, String username) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .filter(s -> s.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    /** What a cell's template receives for a row: the words the administrator reads. */
    @SuppressWarnings("unchecked")
    static Object cell(ActiveSessionsView view, String column, String property, OpenSession row) {
        LitRenderer<OpenSession> renderer =
                (LitRenderer<OpenSession>) view.grid.getColumnByKey(column).getRenderer();
        return renderer.getValueProviders().get(property).apply(row);
    }
}
