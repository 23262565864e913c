package org.seatkeeper.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.audit.AdminChangeRow;
import org.seatkeeper.shared.AdministrativeChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "USER"})
class AdministrationLogViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoChanges() {
        jdbc.update("DELETE FROM admin_change_log");
        transaction.executeWithoutResult(tx -> {
            events.publishEvent(new AdministrativeChange("alice", Instant.now(), "User created", "user carol", null, "active"));
            events.publishEvent(new AdministrativeChange("bob", Instant.now(), "Profile changed", "profile Nurses", "a", "b"));
        });
    }

    @Test
    void the_grid_lists_changes_and_narrows_them_by_who_made_them() {
        AdministrationLogView view = navigate(AdministrationLogView.class);
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.actor).setValue("bob");

        assertThat(test(view.grid).size()).isEqualTo(1);
        AdminChangeRow row = test(view.grid).getRow(0);
        assertThat(row.what()).isEqualTo("Profile changed");
        assertThat(row.before()).isEqualTo("a");
    }
}
