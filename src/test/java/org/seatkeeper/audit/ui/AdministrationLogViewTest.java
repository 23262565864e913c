package org.seatkeeper.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.audit.AdminChangeRow;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
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
class AdministrationLogViewTest extends SpringBrowserlessTest {

    final Texts texts = new Texts();

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
            events.publishEvent(
                    new AdministrativeChange("alice", Instant.now(), "User created", "user carol", null, "active"));
            events.publishEvent(
                    new AdministrativeChange("bob", Instant.now(), "Profile changed", "profile Nurses", "a", "b"));
        });
    }

    @Test
    void the_grid_lists_changes_and_narrows_them_by_who_made_them() {
        AdministrationLogView view = navigate(AdministrationLogView.class);
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.actor).setValue("bob");

        assertThat(test(view.grid).size()).isEqualTo(1);
        AdminChangeRow row = test(view.grid).getRow(0);
        assertThat(row.what().in(texts, Language.ENGLISH)).isEqualTo("Profile changed");
        assertThat(row.before()).isEqualTo("a");
    }

    @Test
    void a_change_shows_only_the_fields_that_changed_and_the_reason_in_its_own_column() {
        jdbc.update("DELETE FROM admin_change_log");
        transaction.executeWithoutResult(tx -> {
            events.publishEvent(new AdministrativeChange(
                    "alice",
                    Instant.now().minusSeconds(5),
                    "User deactivated",
                    "user pmoss (Pat Moss)",
                    "name: Pat Moss\nemail: pmoss@example.org\nposition: Nurse 1\nstatus: active",
                    "name: Pat Moss\nemail: pmoss@example.org\nposition: none\nstatus: inactive"));
            events.publishEvent(new AdministrativeChange(
                    "vendor", Instant.now(), "Pot capacity changed", "pot Documents", "10", "12", "contract 2027"));
        });
        AdministrationLogView view = navigate(AdministrationLogView.class);
        int reason = test(view.grid).getColumnPosition("reason");
        assertThat(test(view.grid).getHeaderCell(reason)).isEqualTo("Reason");

        assertThat(test(view.grid).getRow(0).what().in(texts, Language.ENGLISH)).isEqualTo("Pot capacity changed");
        assertThat(lines(view, 0)).containsExactly("10 → 12");
        assertThat(test(view.grid).getCellText(0, reason)).isEqualTo("contract 2027");

        assertThat(lines(view, 1)).containsExactly("position: Nurse 1 → none", "status: active → inactive");
        assertThat(test(view.grid).getCellText(1, reason)).isEmpty();
    }

    private List<String> lines(AdministrationLogView view, int row) {
        Div cell = (Div) test(view.grid).getCellComponent(row, "changes");
        return cell.getChildren().map(line -> ((Div) line).getText()).toList();
    }
}
