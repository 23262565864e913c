package org.seatkeeper.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.OpenSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "USER"})
class ActiveSessionsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Admissions admissions;

    AdmittedSession live;
    AdmittedSession stale;

    @BeforeEach
    void exampleOneWithOneTabClosed() {
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 3 WHEN 'VIEW_ONLY' THEN 5 ELSE 1 END");
        live = admissions.admit(new Applicant(9001, "live-ann", "Ann Live", AdmissionClass.STANDARD),
                ClientDetails.portal("10.0.0.1", "Firefox", "node-a"));
        stale = admissions.admit(new Applicant(9002, "stale-bob", "Bob Stale", AdmissionClass.VIEW_ONLY),
                ClientDetails.portal("10.0.0.2", "Chrome", "node-b"));
        jdbc.update("UPDATE user_session SET last_heartbeat = TIMESTAMPADD(MINUTE, -10, CURRENT_TIMESTAMP(3)) WHERE id = ?",
                stale.id().value());
        UI.getCurrent().navigate("overview");
    }

    @Test
    void the_pool_counters_read_as_seed_004_prints_them() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        assertThat(view.counters.getElement().getTextRecursively()).contains("Full-access users (F): 2 remaining",
                "View-only users (V): 4 remaining", "Reserved users (R): 1 remaining");
    }

    @Test
    void a_stale_session_is_closed_and_its_seat_is_free_again() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        view.close(row(view, "stale-bob"));

        assertThat(usernames(view)).containsExactly("live-ann");
        assertThat(view.counters.getElement().getTextRecursively()).contains("View-only users (V): 5 remaining");
    }

    @Test
    void closing_a_live_session_is_refused_because_its_tab_is_still_open() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        view.close(row(view, "live-ann"));

        assertThat(test($(Notification.class).last()).getText()).contains("still live", "tab is still open");
        assertThat(usernames(view)).contains("live-ann");
    }

    @Test
    void a_live_user_can_be_asked_to_sign_out() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        view.askToSignOut(row(view, "live-ann"));

        assertThat(row(view, "live-ann").signOutRequested()).isTrue();
    }

    @Test
    void close_all_stale_closes_only_the_stale_ones_and_says_how_many() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        view.closeAllStale();

        assertThat(usernames(view)).containsExactly("live-ann");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("1 stale session was closed.");
    }

    @Test
    void the_state_filter_shows_live_or_stale_sessions() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        test(view.state).selectItem(ActiveSessionsView.STALE);
        assertThat(usernames(view)).containsExactly("stale-bob");
        test(view.state).selectItem(ActiveSessionsView.LIVE);
        assertThat(usernames(view)).containsExactly("live-ann");
    }

    @Test
    void a_new_sign_in_appears_at_the_next_update() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);
        admissions.admit(new Applicant(9003, "new-cara", "Cara New", AdmissionClass.STANDARD),
                ClientDetails.portal("10.0.0.3", "Safari", "node-a"));

        view.refresh();

        assertThat(usernames(view)).contains("new-cara");
    }

    private static List<String> usernames(ActiveSessionsView view) {
        return view.grid.getGenericDataView().getItems().map(OpenSession::username)
                .filter(name -> name.startsWith("live-") || name.startsWith("stale-") || name.startsWith("new-"))
                .toList();
    }

    private static OpenSession row(ActiveSessionsView view, String username) {
        return view.grid.getGenericDataView().getItems().filter(s -> s.username().equals(username)).findFirst()
                .orElseThrow();
    }
}
