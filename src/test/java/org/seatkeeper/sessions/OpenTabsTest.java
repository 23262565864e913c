package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.TestPools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class OpenTabsTest {

    @Autowired
    Admissions admissions;

    @Autowired
    Sessions sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_portal_heartbeat_records_how_many_tabs_are_open() {
        TestPools.set(jdbc, 3, 5, 1);
        AdmittedSession admitted = admissions.admit(
                new Applicant(8001, "two-tabs", "Two Tabs", AdmissionClass.STANDARD),
                ClientDetails.portal("10.8.0.1", "Firefox", "node-a"));

        assertThat(admissions.heartbeat(admitted.id(), false, 2)).isEqualTo(HeartbeatReply.CONTINUE);

        OpenSession shown = sessions.open().stream()
                .filter(s -> s.id().equals(admitted.id()))
                .findFirst()
                .orElseThrow();
        assertThat(shown.openTabs()).isEqualTo(2);
    }
}
