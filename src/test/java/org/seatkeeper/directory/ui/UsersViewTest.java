package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.testing.AsInTheBrowser.interact;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.BulkOutcome;
import org.seatkeeper.directory.UserAdministration;
import org.seatkeeper.directory.UserData;
import org.seatkeeper.directory.UserEdit;
import org.seatkeeper.directory.UserRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    ScreenFixtures fx;

    @Autowired
    UserAdministration users;

    long area;
    long documents;
    long recordsOnly;

    @BeforeEach
    void scene() {
        fx.reset();
        area = fx.area("Ward 1");
        documents = fx.profile("Documents only", "Full", "Documents");
        recordsOnly = fx.profile("Records only", "Train-Records-Only", "Training");
    }

    private List<UserRow> rows(UsersView view) {
        List<UserRow> rows = new ArrayList<>();
        for (int i = 0; i < test(view.grid).size(); i++) {
            rows.add(test(view.grid).getRow(i));
        }
        return rows;
    }

    private UserRow row(UsersView view, String lastName) {
        return rows(view).stream()
                .filter(r -> r.lastName().equals(lastName))
                .findFirst()
                .orElseThrow();
    }

    private String lastNotification() {
        roundTrip();
        return test($(Notification.class).last()).getText();
    }

    private void fillMandatory(UserFormDialog form, String lastName, String username) {
        test(form.firstName).setValue("Pat");
        test(form.lastName).setValue(lastName);
        test(form.email).setValue(username + "@example.org");
        test(form.username).setValue(username);
        test(form.profile).selectItem("Documents only (Full)");
        test(form.area).selectItem("Ward 1 unit / Ward 1");
        test(form.position).selectItem("Position of " + username);
    }

    @Test
    void the_list_colour_codes_each_account_status_and_filters_in_the_database() {
        fx.user("Active", "active1", "USER", documents, area, fx.position("P1"), true, true);
        fx.user("Sleeping", "sleeping", "USER", documents, area, null, false, true);
        fx.user("Keeper", "keeper", "ADMIN", null, area, null, true, true);
        fx.user("Recorded", null, "USER", recordsOnly, area, null, true, false);

        UsersView view = navigate(UsersView.class);

        assertThat(UsersView.Status.of(row(view, "Active"))).isEqualTo(UsersView.Status.ACTIVE);
        assertThat(UsersView.Status.of(row(view, "Sleeping"))).isEqualTo(UsersView.Status.INACTIVE);
        assertThat(UsersView.Status.of(row(view, "Keeper"))).isEqualTo(UsersView.Status.ADMINISTRATOR);
        assertThat(UsersView.Status.of(row(view, "Recorded"))).isEqualTo(UsersView.Status.WITHOUT_LOGIN);
        assertThat(view.grid.getPartNameGenerator().apply(row(view, "Sleeping")))
                .isEqualTo("user-inactive");
        assertThat(UsersView.badge(row(view, "Keeper")).getClassNames()).contains("account-status-administrator");

        test(view.keyword).setValue("sleep");
        assertThat(rows(view)).extracting(UserRow::lastName).containsExactly("Sleeping");

        test(view.keyword).clear();
        test(view.status).selectItem("Inactive");
        assertThat(rows(view)).extracting(UserRow::lastName).containsExactly("Sleeping");

        test(view.status).selectItem("All but deleted");
        test(view.profile).selectItem("Records only");
        assertThat(rows(view)).extracting(UserRow::lastName).containsExactly("Recorded");
    }

    @Test
    void every_sortable_column_sorts_in_the_database() {
        fx.user("Bravo", "bravo", "USER", documents, area, fx.position("P1"), true, true);
        fx.user("Alpha", "alpha", "USER", documents, area, fx.position("P2"), true, true);
        fx.user("Charlie", "charlie", "USER", documents, area, fx.position("P3"), true, true);
        UsersView view = navigate(UsersView.class);

        for (com.vaadin.flow.component.grid.Grid.Column<UserRow> column : view.grid.getColumns()) {
            if (column.isSortable()) {
                view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                        column, com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
                assertThat(rows(view)).as(column.getKey()).hasSize(4);
            }
        }
        view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                view.grid.getColumnByKey("name"), com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(rows(view)).extracting(UserRow::lastName).containsSubsequence("Charlie", "Bravo", "Alpha");
    }

    @Test
    void an_administrator_creates_a_user_through_the_form_with_the_mandatory_fields() {
        fx.position("Position of pat.new");
        UsersView view = navigate(UsersView.class);
        test(view.create).click();
        roundTrip();
        UserFormDialog form = view.form;

        test(form.save).click();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.firstName.isInvalid()).isTrue();
        assertThat(form.area.isInvalid()).isTrue();
        assertThat(form.profile.isInvalid()).isTrue();

        fillMandatory(form, "New", "pat.new");
        test(form.initialPassword).setValue(ScreenFixtures.PASSWORD);
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        UserRow created = row(view, "New");
        assertThat(created.username()).isEqualTo("pat.new");
        assertThat(created.hasPassword()).isTrue();
        assertThat(created.position()).isEqualTo("Position of pat.new");
    }

    @Test
    void a_user_beyond_the_licences_is_refused_with_the_pot_and_its_figures_and_the_form_stays_filled() {
        fx.moduleCapacity("Documents", 1);
        fx.user("Holder", "holder", "USER", documents, area, fx.position("P1"), true, true);
        fx.position("Position of pat.extra");
        UsersView view = navigate(UsersView.class);
        test(view.create).click();
        roundTrip();
        UserFormDialog form = view.form;
        fillMandatory(form, "Extra", "pat.extra");
        test(form.initialPassword).setValue(ScreenFixtures.PASSWORD);

        test(form.save).click();

        assertThat(form.error.getText()).contains("Documents: 1 of 1 in use");
        assertThat($(Notification.class).all())
                .as("the refusal is in the form, not also a toast over it")
                .isEmpty();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.lastName.getValue()).isEqualTo("Extra");
        assertThat(rows(view)).extracting(UserRow::lastName).doesNotContain("Extra");
    }

    @Test
    void a_swedish_administrator_reads_the_username_rule_in_swedish_with_its_figures() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        UsersView view = navigate(UsersView.class);
        test(view.create).click();
        roundTrip();
        UserFormDialog form = view.form;

        test(form.username).setValue("x".repeat(101));

        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).isEqualTo("Användarnamnet har 101 tecken; använd 3 till 100.");
    }

    @Test
    void a_concurrent_edit_is_refused_and_the_administrators_input_is_kept() {
        long id = fx.user("Original", "orig", "USER", documents, area, fx.position("P1"), true, true);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Original"));
        test(view.edit).click();
        roundTrip();
        UserFormDialog form = view.form;
        assertThat(form.lastName.getValue()).isEqualTo("Original");

        UserEdit meanwhile = users.load(id);
        UserData d = meanwhile.data();
        users.update(
                id,
                meanwhile.version(),
                new UserData(
                        d.firstName(),
                        "Renamed elsewhere",
                        d.email(),
                        d.username(),
                        d.role(),
                        d.profileId(),
                        d.businessAreaId(),
                        d.positionId(),
                        d.concurrentClass(),
                        d.validUntil()));

        test(form.lastName).setValue("Mine");
        test(form.save).click();

        assertThat(form.error.getText()).contains("was changed by someone else");
        assertThat(form.isOpened()).isTrue();
        assertThat(form.lastName.getValue()).isEqualTo("Mine");
        assertThat(users.load(id).data().lastName()).isEqualTo("Renamed elsewhere");
    }

    @Test
    void bulk_activation_reports_each_user_done_or_refused() {
        fx.activeUsersCapacity(1); // administrators hold free seats
        fx.user("Sleeper one", "s1", "USER", documents, area, fx.position("P1"), false, true);
        fx.user("Sleeper two", "s2", "USER", documents, area, fx.position("P2"), false, true);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Sleeper one"));
        view.grid.select(row(view, "Sleeper two"));

        test(view.activate).click();

        List<BulkOutcome> outcomes = view.outcomes.outcomes;
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(BulkOutcome::done).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !o.done())
                .singleElement()
                .satisfies(o -> assertThat(o.message()).contains("1 of 1 in use"));
        test(view.status).selectItem("Active");
        assertThat(rows(view))
                .filteredOn(r -> r.lastName().startsWith("Sleeper"))
                .hasSize(1);
    }

    @Test
    void deactivating_one_user_keeps_the_password_and_shows_the_outcome() {
        fx.user("Leaving", "leaving", "USER", documents, area, fx.position("P1"), true, true);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Leaving"));

        test(view.deactivate).click();

        assertThat(view.outcomes.outcomes)
                .singleElement()
                .satisfies(o -> assertThat(o.done()).isTrue());
        UserRow after = row(view, "Leaving");
        assertThat(after.active()).isFalse();
        assertThat(after.hasPassword()).isTrue();
    }

    @Test
    void a_generated_password_is_shown_once_and_gives_the_user_login_credentials() {
        fx.user("Newcomer", "newcomer", "USER", documents, area, fx.position("P1"), true, false);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Newcomer"));
        test(view.password).click();
        roundTrip();

        test(view.passwordDialog.generate).click();

        assertThat(view.passwordDialog.generated.isVisible()).isTrue();
        assertThat(view.passwordDialog.generated.getValue()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(view.passwordDialog.generate.isEnabled()).isFalse();
        assertThat(row(view, "Newcomer").hasPassword()).isTrue();
    }

    @Test
    void a_typed_password_must_be_repeated_and_long_enough() {
        fx.user("Newcomer", "newcomer", "USER", documents, area, fx.position("P1"), true, false);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Newcomer"));
        test(view.password).click();
        roundTrip();
        PasswordDialog dialog = view.passwordDialog;

        test(dialog.password).setValue("short");
        test(dialog.set).click();
        assertThat(dialog.password.isInvalid()).isTrue();

        test(dialog.password).setValue("a-long-enough-password");
        test(dialog.repeat).setValue("a-different-password");
        test(dialog.set).click();
        assertThat(dialog.repeat.isInvalid()).isTrue();

        test(dialog.repeat).setValue("a-long-enough-password");
        test(dialog.set).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(row(view, "Newcomer").hasPassword()).isTrue();
    }

    @Test
    void deleting_asks_for_confirmation_and_then_removes_the_user_from_the_list() {
        fx.user("Gone", "gone", "USER", documents, area, fx.position("P1"), true, true);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Gone"));
        test(view.delete).click();
        roundTrip();

        test(view.confirmDelete).confirm();

        assertThat(rows(view)).extracting(UserRow::lastName).doesNotContain("Gone");
        test(view.status).selectItem("Deleted");
        assertThat(rows(view)).extracting(UserRow::lastName).containsExactly("Gone");
    }

    @Test
    void a_deleted_user_is_restored_only_while_the_pots_have_room() {
        fx.moduleCapacity("Documents", 1);
        fx.user("Gone", "gone", "USER", documents, area, fx.position("P1"), true, true);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Gone"));
        test(view.delete).click();
        roundTrip();
        test(view.confirmDelete).confirm();
        fx.user("Successor", "successor", "USER", documents, area, fx.position("P2"), true, true);

        test(view.status).selectItem("Deleted");
        assertThat(view.restore.isVisible()).isTrue();
        view.grid.select(row(view, "Gone"));
        interact(() -> test(view.restore).click());
        assertThat(lastNotification()).contains("Documents: 1 of 1 in use");
        assertThat(rows(view)).extracting(UserRow::lastName).containsExactly("Gone");

        fx.moduleCapacity("Documents", 2);
        view.grid.select(row(view, "Gone"));
        test(view.restore).click();
        assertThat(rows(view)).isEmpty();
        test(view.status).selectItem("Active");
        assertThat(rows(view)).extracting(UserRow::lastName).contains("Gone", "Successor");
    }

    @Test
    void removing_the_password_takes_the_login_credentials_away() {
        fx.user("Seasonal", "seasonal", "USER", documents, area, fx.position("P1"), true, true);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Seasonal"));
        test(view.password).click();
        roundTrip();

        test(view.passwordDialog.remove).click();

        assertThat(row(view, "Seasonal").hasPassword()).isFalse();
        assertThat(UsersView.Status.of(row(view, "Seasonal"))).isEqualTo(UsersView.Status.WITHOUT_LOGIN);
    }

    @Test
    void valid_until_is_saved_with_the_form() {
        long id = fx.user("Temp", "temp", "USER", documents, area, fx.position("P1"), true, true);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Temp"));
        test(view.edit).click();
        roundTrip();

        test(view.form.validUntil).setValue(java.time.LocalDate.of(2030, 1, 31));
        test(view.form.save).click();

        assertThat(users.load(id).data().validUntil()).isEqualTo(java.time.LocalDate.of(2030, 1, 31));
        assertThat(row(view, "Temp").validUntil()).isEqualTo(java.time.LocalDate.of(2030, 1, 31));
    }

    @Test
    void the_concurrent_class_is_a_column_in_plain_words_and_a_filter() {
        fx.user("Standard", "standard", "USER", documents, area, null, true, true);
        fx.user("Keeper", "keeper", "USER", documents, area, null, true, true);
        fx.reserved("Keeper");
        UsersView view = navigate(UsersView.class);
        int column = test(view.grid).getColumnPosition("concurrentClass");
        assertThat(test(view.grid).getHeaderCell(column)).isEqualTo("Concurrent seats");

        test(view.concurrentClass).selectItem("Reserved");

        assertThat(rows(view)).extracting(UserRow::lastName).containsExactly("Keeper");
        assertThat(test(view.grid).getCellText(0, column)).isEqualTo("Reserved");
        assertThat(view.count.getText()).isEqualTo("1 user");

        test(view.role).selectItem("User");
        test(view.concurrentClass).selectItem("Full-access");
        assertThat(rows(view)).extracting(UserRow::lastName).containsExactly("Standard");
        assertThat(test(view.grid).getCellText(0, column)).isEqualTo("Full-access");
    }

    @Test
    void the_count_of_matches_says_how_many_users_and_says_so_when_none_match() {
        fx.user("Alpha", "alpha", "USER", documents, area, null, true, true);
        fx.user("Alvarez", "alvarez", "USER", documents, area, null, true, true);
        fx.user("Bravo", "bravo", "USER", documents, area, null, true, true);
        UsersView view = navigate(UsersView.class);
        test(view.role).selectItem("User"); // the signed-in administrator is a match too
        assertThat(view.count.getText()).isEqualTo("3 users");

        test(view.keyword).setValue("al");
        assertThat(view.count.getText()).isEqualTo("2 users");

        test(view.keyword).setValue("alv");
        assertThat(view.count.getText()).isEqualTo("1 user");

        test(view.keyword).setValue("nobody");
        assertThat(view.count.getText()).isEqualTo("No users match these filters");
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No users match these filters");
        assertThat(rows(view)).isEmpty();
        assertThat(UsersView.countText(1248)).isEqualTo("1,248 users");
    }

    @Test
    void a_click_selects_one_row_select_all_takes_every_match_and_a_double_click_opens_the_form() {
        fx.user("Alpha", "alpha", "USER", documents, area, null, true, true);
        fx.user("Bravo", "bravo", "USER", documents, area, null, true, true);
        UsersView view = navigate(UsersView.class);
        test(view.role).selectItem("User");

        test(view.grid).clickRow(0);
        assertThat(view.grid.getSelectedItems()).extracting(UserRow::lastName).containsExactly("Alpha");
        assertThat(view.edit.isEnabled()).isTrue();
        test(view.grid).clickRow(1);
        assertThat(view.grid.getSelectedItems()).extracting(UserRow::lastName).containsExactly("Bravo");

        assertThat(((com.vaadin.flow.component.grid.GridMultiSelectionModel<UserRow>) view.grid.getSelectionModel())
                        .isSelectAllCheckboxVisible())
                .isTrue();
        test(view.grid).selectAll();
        assertThat(view.grid.getSelectedItems())
                .extracting(UserRow::lastName)
                .containsExactlyInAnyOrder("Alpha", "Bravo");
        assertThat(view.edit.isEnabled()).isFalse();
        assertThat(view.activate.isEnabled()).isTrue();

        test(view.grid).doubleClickRow(1);
        roundTrip();
        assertThat(view.form).isNotNull();
        assertThat(view.form.isOpened()).isTrue();
        assertThat(view.form.lastName.getValue()).isEqualTo("Bravo");
    }

    @Test
    void the_name_column_stays_in_view_and_carries_the_username_and_email() {
        fx.user("Alpha", "alpha", "USER", documents, area, null, true, true);
        UsersView view = navigate(UsersView.class);
        test(view.keyword).setValue("alpha");

        assertThat(view.grid.getColumnByKey("name").isFrozen()).isTrue();
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "name", "name", String.class))
                .isEqualTo("Pat Alpha");
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "name", "login", String.class))
                .isEqualTo("alpha · alpha@example.org");
    }
}
