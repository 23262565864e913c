package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.testing.AsInTheBrowser.interact;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ModuleRow;
import org.seatkeeper.directory.PotImpact;
import org.seatkeeper.directory.ProfileAdministration;
import org.seatkeeper.directory.ProfileRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class ProfilesViewTest extends SpringBrowserlessTest {

    @Autowired
    ScreenFixtures fx;

    @Autowired
    ProfileAdministration profiles;

    long area;
    long documents;

    @BeforeEach
    void scene() {
        fx.reset();
        area = fx.area("Ward 1");
        documents = fx.profile("Documents only", "Full", "Documents");
        fx.user("One", "one", "USER", documents, area, fx.position("P1"), true, true);
        fx.user("Two", "two", "USER", documents, area, fx.position("P2"), true, true);
    }

    private List<ProfileRow> rows(ProfilesView view) {
        List<ProfileRow> rows = new ArrayList<>();
        for (int i = 0; i < test(view.grid).size(); i++) {
            rows.add(test(view.grid).getRow(i));
        }
        return rows;
    }

    private ProfileFormDialog editDocumentsOnly(ProfilesView view) {
        view.grid.select(rows(view).getFirst());
        test(view.edit).click();
        roundTrip();
        return view.form;
    }

    private void addCases(ProfileFormDialog form) {
        ModuleRow cases = form.modules
                .getListDataView()
                .getItems()
                .filter(m -> m.name().equals("Cases"))
                .findFirst()
                .orElseThrow();
        java.util.Set<ModuleRow> chosen = new java.util.HashSet<>(form.modules.getValue());
        chosen.add(cases);
        form.modules.setValue(chosen);
    }

    @Test
    void the_list_shows_each_profile_with_its_type_modules_and_users_and_a_new_one_is_created() {
        ProfilesView view = navigate(ProfilesView.class);
        assertThat(rows(view)).singleElement().satisfies(p -> {
            assertThat(p.licenceType()).isEqualTo("Full");
            assertThat(p.modules()).containsExactly("Documents");
            assertThat(p.users()).isEqualTo(2);
        });

        test(view.create).click();
        roundTrip();
        test(view.form.save).click();
        assertThat(view.form.name.isInvalid()).isTrue();
        test(view.form.name).setValue("Readers");
        test(view.form.licenceType).selectItem("Read-Train");
        test(view.form.save).click();

        assertThat(rows(view)).extracting(ProfileRow::name).containsExactly("Documents only", "Readers");
    }

    @Test
    void a_change_shows_its_licence_impact_before_it_is_confirmed() {
        ProfilesView view = navigate(ProfilesView.class);
        ProfileFormDialog form = editDocumentsOnly(view);
        addCases(form);

        test(form.save).click();

        assertThat(form.lastImpact.pots()).singleElement().satisfies(p -> {
            assertThat(p.pot()).isEqualTo("Cases");
            assertThat(p.additional()).isEqualTo(2);
        });
        assertThat(form.impact.isVisible()).isTrue();
        assertThat(form.confirm.isVisible()).isTrue();
        assertThat(profiles.load(documents).modules()).containsExactly("Documents");

        test(form.confirm).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(profiles.load(documents).modules()).containsExactlyInAnyOrder("Documents", "Cases");
    }

    @Test
    void a_change_that_would_overflow_a_pot_is_refused_naming_the_pot() {
        fx.moduleCapacity("Cases", 1);
        ProfilesView view = navigate(ProfilesView.class);
        ProfileFormDialog form = editDocumentsOnly(view);
        addCases(form);

        test(form.save).click();

        assertThat(form.lastImpact.fits()).isFalse();
        assertThat(form.lastImpact.overflowing())
                .extracting(PotImpact::describe)
                .containsExactly("Cases: 0 of 1 in use, this needs 2 more");
        assertThat(form.confirm.isVisible()).isFalse();
        assertThat(form.error.getText()).contains("Cases: 0 of 1 in use, this needs 2 more");
        assertThat(profiles.load(documents).modules()).containsExactly("Documents");
    }

    @Test
    void deleting_a_profile_that_users_hold_is_refused_with_a_message() {
        ProfilesView view = navigate(ProfilesView.class);
        view.grid.select(rows(view).getFirst());
        test(view.delete).click();
        roundTrip();

        interact(() -> test(view.confirmDelete).confirm());

        roundTrip();
        assertThat(test($(Notification.class).last()).getText()).contains("is held by 2 users");
        assertThat(rows(view)).hasSize(1);
    }

    @Test
    void the_impact_preview_updates_while_a_module_is_ticked_before_anything_is_saved() {
        ProfilesView view = navigate(ProfilesView.class);
        ProfileFormDialog form = editDocumentsOnly(view);
        assertThat(form.impact.isVisible()).isFalse();

        addCases(form);

        assertThat(form.impact.isVisible()).isTrue();
        assertThat(form.impact.getElement().getTextRecursively()).startsWith("For the 2 users of this profile");
        assertThat(form.impactLines()).containsExactly("Fits Takes 2 more Cases licences (0 → 2 of 100 in use)");
        assertThat(profiles.load(documents).modules()).containsExactly("Documents");

        form.modules.setValue(java.util.Set.copyOf(form.modules.getValue().stream()
                .filter(m -> !m.name().equals("Cases"))
                .toList()));
        assertThat(form.impact.isVisible()).isFalse();
    }

    @Test
    void a_change_that_frees_licences_says_so_and_saves_without_a_confirmation() {
        ProfilesView view = navigate(ProfilesView.class);
        ProfileFormDialog form = editDocumentsOnly(view);

        form.modules.setValue(java.util.Set.of());

        assertThat(form.impactLines()).containsExactly("Frees Frees 2 Documents licences (2 → 0 of 100 in use)");
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(profiles.load(documents).modules()).isEmpty();
    }

    @Test
    void selecting_another_licence_type_shows_what_it_frees_and_what_it_takes() {
        ProfilesView view = navigate(ProfilesView.class);
        ProfileFormDialog form = editDocumentsOnly(view);

        test(form.licenceType).selectItem("Read-Train");

        assertThat(form.impactLines())
                .containsExactlyInAnyOrder(
                        "Frees Frees 2 Full licences (2 → 0 of 100 in use)",
                        "Fits Takes 2 more Read-Train licences (0 → 2 of 100 in use)");
    }

    @Test
    void one_user_and_one_licence_are_singular_and_an_overfilled_pot_shows_its_figures() {
        long solo = fx.profile("Solo", "Full", "Documents");
        fx.user("Three", "three", "USER", solo, area, fx.position("P3"), true, true);
        fx.moduleCapacity("Cases", 0);
        ProfilesView view = navigate(ProfilesView.class);
        view.grid.select(rows(view).stream()
                .filter(p -> p.name().equals("Solo"))
                .findFirst()
                .orElseThrow());
        test(view.edit).click();
        roundTrip();
        ProfileFormDialog form = view.form;

        addCases(form);

        assertThat(form.impact.getElement().getTextRecursively())
                .startsWith("This change would overfill a licence pot and cannot be saved");
        assertThat(form.impactLines())
                .containsExactly("Overfills Would overfill Cases: 0 of 0 in use, 0 free, this needs 1 more");

        fx.moduleCapacity("Cases", 5);
        form.modules.setValue(java.util.Set.of());
        addCases(form);
        assertThat(form.impact.getElement().getTextRecursively()).startsWith("For the 1 user of this profile");
        assertThat(form.impactLines())
                .containsExactlyInAnyOrder(
                        "Frees Frees 1 Documents licence (3 → 2 of 100 in use)",
                        "Fits Takes 1 more Cases licence (0 → 1 of 5 in use)");
    }
}
