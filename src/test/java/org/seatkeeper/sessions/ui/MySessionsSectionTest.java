package org.seatkeeper.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.OpenSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** My account shows the signed-in person's own open sessions, and only theirs, in the same words as Active sessions. */
@SpringBootTest
class MySessionsSectionTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Admissions admissions;

    @BeforeEach
    void aUserWithASessionAndSomeoneElse() {
        TestAccounts.ensure(jdbc, "own-sessions", "USER");
        AdmittedSession mine = admissions.admit(
                new Applicant(7001, "own-sessions", "Own Sessions", AdmissionClass.STANDARD),
                ClientDetails.portal(
                        "10.7.0.1",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101" + " Firefox/128.0",
                        "node-a"));
        admissions.recordOpenTabs(mine.id(), 1);
        admissions.admit(
                new Applicant(7002, "someone-else", "Someone Else", AdmissionClass.STANDARD),
                ClientDetails.portal("10.7.0.2", "Chrome", "node-b"));
        // The base class opened the first view before this scene existed: open it again.
        UI.getCurrent().navigate("");
    }

    @Test
    @WithMockUser(username = "own-sessions", roles = "USER")
    void my_account_lists_my_own_open_sessions_in_plain_words() {
        @SuppressWarnings("unchecked")
        Grid<OpenSession> mine = $(Grid.class).id("my-sessions");

        assertThat(mine.getGenericDataView().getItems().map(OpenSession::ip)).containsExactly("10.7.0.1");
        OpenSession session = mine.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(cell(mine, "seat", "seat", session)).isEqualTo("Full access");
        assertThat(cell(mine, "state", "main", session)).isEqualTo("Live");
        assertThat(cell(mine, "state", "secondary", session)).isEqualTo("1 open tab");
        assertThat(cell(mine, "client", "main", session)).isEqualTo("Portal");
        assertThat(cell(mine, "browser", "main", session)).isEqualTo("Firefox 128 on Windows");
        assertThat(cell(mine, "browser", "secondary", session)).isEqualTo("10.7.0.1");
        assertThat(mine.getColumnByKey("actions")).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Object cell(Grid<OpenSession> grid, String column, String property, OpenSession row) {
        return ((LitRenderer<OpenSession>) grid.getColumnByKey(column).getRenderer())
                .getValueProviders()
                .get(property)
                .apply(row);
    }
}
