package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.ModuleRow;
import org.seatkeeper.directory.PotUsage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The licences and a profile's licence impact as a Swedish reader sees them: names, figures and plurals. */
@SpringBootTest
class LicencesInSwedishTest extends SpringBrowserlessTest {

    @Autowired
    ScreenFixtures fx;

    long documents;
    long area;

    @BeforeEach
    void scene() {
        fx.reset();
        TestAccounts.ensure(fx.jdbc(), "support-person", "SUPPORT");
        area = fx.area("Ward 1");
        documents = fx.profile("Documents only", "Full", "Documents");
        fx.user("Reader", "reader", "USER", documents, area, fx.position("P1"), true, true);
        fx.user("Writer", "writer", "USER", documents, area, fx.position("P2"), true, true);
        fx.moduleCapacity("Documents", 4);
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        UI.getCurrent().navigate("login");
    }

    private <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void the_pots_pools_and_the_reserved_warning_read_in_swedish() {
        fx.poolCapacity(ConcurrentPool.FULL_ACCESS, 1);
        fx.reserved("Reader");
        LicencesView view = navigate(LicencesView.class);

        assertThat(test(view.pots).getCellText(0, 0)).isEqualTo("Aktiva användare");
        assertThat(rows(view.pots)).extracting(PotUsage::label).contains("Full licences", "Documents");
        assertThat(test(view.pools).getCellText(0, 0)).isEqualTo("Full åtkomst");
        assertThat(view.consumers.getText()).isEqualTo("Vem förbrukar den");
        assertThat(view.warning.getText())
                .isEqualTo("Varning: Kapaciteten för full åtkomst (1) bör vara minst antalet reserverade användare"
                        + " plus ett (2), så att vanliga användare fortfarande kan logga in.");
        assertThat(view.administrators.getText()).startsWith("Administratörskonton: 1 av 5 används");
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void lowering_a_pot_below_its_use_is_refused_in_swedish_with_the_figures_and_who_consumes_it() {
        LicencesView view = navigate(LicencesView.class);
        view.pots.select(rows(view.pots).stream()
                .filter(p -> p.label().equals("Documents"))
                .findFirst()
                .orElseThrow());
        test(view.changePot).click();
        roundTrip();
        CapacityDialog dialog = view.capacityDialog;
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ändra licenspotten Documents");
        assertThat(dialog.capacity.getHelperText()).isEqualTo("Nu 4");

        test(dialog.capacity).setValue(1);
        test(dialog.reason).setValue("Avtalet minskat");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText())
                .startsWith("Documents: 2 används, så kapaciteten kan inte sänkas till 1.")
                .contains("Förbrukas av: ")
                .contains("Reader")
                .contains("Writer");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void a_profiles_licence_impact_counts_licences_in_swedish_singular_and_plural() {
        long single = fx.profile("Single", "Full", "Documents");
        fx.user("Solo", "solo", "USER", single, area, fx.position("P3"), true, true);
        ProfilesView view = navigate(ProfilesView.class);

        ProfileFormDialog form = edit(view, "Documents only");
        assertThat(form.getHeaderTitle()).isEqualTo("Ändra profilen Documents only");
        addCases(form);
        assertThat(form.impact.getElement().getTextRecursively()).startsWith("För profilens 2 användare");
        assertThat(form.impactLines()).containsExactly("Ryms Tar 2 Cases-licenser till (0 → 2 av 100 används)");
        form.close();

        form = edit(view, "Single");
        addCases(form);
        assertThat(form.impactLines()).containsExactly("Ryms Tar 1 Cases-licens till (0 → 1 av 100 används)");
    }

    private ProfileFormDialog edit(ProfilesView view, String profile) {
        view.grid.deselectAll();
        view.grid.select(rows(view.grid).stream()
                .filter(p -> p.name().equals(profile))
                .findFirst()
                .orElseThrow());
        test(view.edit).click();
        roundTrip();
        return view.form;
    }

    private static void addCases(ProfileFormDialog form) {
        java.util.Set<ModuleRow> chosen = new java.util.HashSet<>(form.modules.getValue());
        chosen.add(form.modules
                .getListDataView()
                .getItems()
                .filter(m -> m.name().equals("Cases"))
                .findFirst()
                .orElseThrow());
        form.modules.setValue(chosen);
    }
}
