package org.seatkeeper.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "USER"})
class LicenceOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void seedFourExampleOnePools() {
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 3 WHEN 'VIEW_ONLY' THEN 5 ELSE 1 END");
        jdbc.update("UPDATE seat_pool SET in_use = 2 WHERE kind = 'FULL_ACCESS'");
    }

    @Test
    void the_pools_are_shown_as_seed_004_prints_them() {
        UI.getCurrent().navigate("installation");
        LicenceOverviewView view = navigate(LicenceOverviewView.class);

        String pools = view.pools.getElement().getTextRecursively();
        assertThat(pools).contains("Full-access users (F): 1 remaining", "View-only users (V): 5 remaining",
                "Reserved users (R): 1 remaining", "2 of 3 in use");
    }

    @Test
    void administrator_seats_all_used_are_listed_among_the_warnings() {
        jdbc.update("UPDATE directory_setting SET int_value = (SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN'"
                + " AND active AND deleted_at IS NULL) WHERE name = 'ADMINISTRATOR_LIMIT'");
        try {
            // The home route already showed this view; leave it so that it is built afresh.
            UI.getCurrent().navigate("installation");
            LicenceOverviewView view = navigate(LicenceOverviewView.class);

            assertThat(view.warnings.getElement().getTextRecursively()).contains("Administrator seats:");
            assertThat(view.pots.getGenericDataView().getItems().count()).isPositive();
        } finally {
            jdbc.update("UPDATE directory_setting SET int_value = 5 WHERE name = 'ADMINISTRATOR_LIMIT'");
        }
    }
}
