package org.seatkeeper.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.OpenSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** My account shows the signed-in person's own open sessions, and only theirs. */
@SpringBootTest
class MySessionsSectionTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Admissions admissions;

    @BeforeEach
    void aUserWithASessionAndSomeoneElse() {
        TestAccounts.ensure(jdbc, "own-sessions", "USER");
        admissions.admit(new Applicant(7001, "own-sessions", "Own Sessions", AdmissionClass.STANDARD),
                ClientDetails.portal("10.7.0.1", "Firefox", "node-a"));
        admissions.admit(new Applicant(7002, "someone-else", "Someone Else", AdmissionClass.STANDARD),
                ClientDetails.portal("10.7.0.2", "Chrome", "node-a"));
        // The base class opened the first view before this scene existed: open it again.
        UI.getCurrent().navigate("");
    }

    @Test
    @WithMockUser(username = "own-sessions", roles = "USER")
    void my_account_lists_my_own_open_sessions() {
        @SuppressWarnings("unchecked")
        Grid<OpenSession> mine = $(Grid.class).id("my-sessions");

        assertThat(mine.getGenericDataView().getItems().map(OpenSession::ip)).containsExactly("10.7.0.1");
    }
}
