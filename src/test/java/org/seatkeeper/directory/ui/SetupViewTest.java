package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.testing.AsInTheBrowser.interact;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.directory.BusinessAreaRow;
import org.seatkeeper.directory.LicenceTypeRow;
import org.seatkeeper.directory.ModuleRow;
import org.seatkeeper.directory.PositionRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class SetupViewTest extends SpringBrowserlessTest {

    @Autowired
    ScreenFixtures fx;

    @BeforeEach
    void scene() {
        fx.reset();
    }

    private <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    private <T> T rowWhere(Grid<T> grid, java.util.function.Predicate<T> p) {
        return rows(grid).stream().filter(p).findFirst().orElseThrow();
    }

    private String lastNotification() {
        roundTrip();
        return test($(Notification.class).last()).getText();
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void positions_are_added_unique_renamed_and_disabled() {
        SetupView view = navigate(SetupView.class);
        tabsShow(view, "Positions");
        test(view.newPosition).setValue("Nurse 1");
        test(view.addPosition).click();
        test(view.newPosition).setValue("Nurse 1");
        interact(() -> test(view.addPosition).click());

        assertThat(lastNotification()).contains("Position Nurse 1 already exists");
        assertThat(rows(view.positions)).extracting(PositionRow::title).containsExactly("Nurse 1");

        view.positions.select(rows(view.positions).getFirst());
        test(view.renamePosition).click();
        roundTrip();
        test(view.renameDialog.name).setValue("Nurse 2");
        test(view.renameDialog.ok).click();
        assertThat(rows(view.positions)).extracting(PositionRow::title).containsExactly("Nurse 2");

        view.positions.select(rows(view.positions).getFirst());
        test(view.togglePosition).click();
        assertThat(rows(view.positions).getFirst().enabled()).isFalse();
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void a_position_that_was_ever_held_cannot_be_deleted_but_a_fresh_one_can() {
        long area = fx.area("Ward 1");
        long profile = fx.profile("Documents only", "Full", "Documents");
        fx.user("Holder", "holder", "USER", profile, area, fx.position("Used one"), true, true);
        fx.position("Fresh one");
        SetupView view = navigate(SetupView.class);
        tabsShow(view, "Positions");

        view.positions.select(rowWhere(view.positions, p -> p.title().equals("Used one")));
        test(view.deletePosition).click();
        roundTrip();
        interact(() -> test(view.confirmDelete).confirm());
        assertThat(lastNotification()).contains("has been used, so it cannot be deleted; disable it instead");

        view.positions.select(rowWhere(view.positions, p -> p.title().equals("Fresh one")));
        test(view.deletePosition).click();
        roundTrip();
        test(view.confirmDelete).confirm();
        assertThat(rows(view.positions)).extracting(PositionRow::title).containsExactly("Used one");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void business_areas_have_two_levels_and_a_used_one_cannot_be_deleted() {
        SetupView view = navigate(SetupView.class);
        tabsShow(view, "Business areas");
        test(view.newPrimary).setValue("Corporate Services");
        test(view.addPrimary).click();
        assertThat(rows(view.areas))
                .extracting(BusinessAreaRow::label)
                .containsExactly("Corporate Services", "Corporate Services / All");

        view.areas.select(rows(view.areas).getFirst());
        test(view.newSecondary).setValue("Finance");
        test(view.addSecondary).click();
        assertThat(rows(view.areas))
                .extracting(BusinessAreaRow::label)
                .containsExactly("Corporate Services", "Corporate Services / All", "Corporate Services / Finance");

        BusinessAreaRow finance = rowWhere(view.areas, a -> a.name().equals("Finance"));
        long profile = fx.profile("Documents only", "Full", "Documents");
        fx.user("Placed", "placed", "USER", profile, finance.id(), fx.position("P1"), true, true);
        view.areas.select(rowWhere(view.areas, a -> a.name().equals("Finance")));
        test(view.deleteArea).click();
        roundTrip();
        interact(() -> test(view.confirmDelete).confirm());
        assertThat(lastNotification()).contains("has been used, so it cannot be deleted");
        assertThat(rows(view.areas)).hasSize(3);
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void administrators_see_modules_and_licence_types_but_cannot_add_them() {
        SetupView view = navigate(SetupView.class);
        assertThat(rows(view.modules)).extracting(ModuleRow::name).contains("Cases", "Documents", "Training");
        assertThat(rows(view.types)).extracting(LicenceTypeRow::name).contains("Full", "Train-Records-Only");
        assertThat(view.addModule.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.addType.getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void support_adds_a_module_and_a_licence_type() {
        TestAccounts.ensure(fx.jdbc(), "support-person", "SUPPORT");
        SetupView view = navigate(SetupView.class);
        tabsShow(view, "Modules");
        test(view.newModule).setValue("Audits");
        test(view.addModule).click();
        assertThat(rows(view.modules)).extracting(ModuleRow::name).contains("Audits");

        tabsShow(view, "Licence types");
        test(view.newType).setValue("Contractor");
        test(view.addType).click();
        assertThat(rows(view.types)).extracting(LicenceTypeRow::name).contains("Contractor");
    }

    private void tabsShow(SetupView view, String tab) {
        test(view.tabs).select(tab);
        roundTrip();
    }
}
