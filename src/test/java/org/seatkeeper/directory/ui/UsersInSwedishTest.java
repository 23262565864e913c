package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.UserRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A Swedish administrator's work on the users: every word, refusal and figure in Swedish. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class UsersInSwedishTest extends SpringBrowserlessTest {

    @Autowired
    ScreenFixtures fx;

    long area;
    long documents;

    @BeforeEach
    void scene() {
        fx.reset();
        area = fx.area("Ward 1");
        documents = fx.profile("Documents only", "Full", "Documents");
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        // the page the base class opened was built in English; a page in between builds the next one anew
        UI.getCurrent().navigate("login");
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

    private UserFormDialog newUser(UsersView view) {
        test(view.create).click();
        roundTrip();
        return view.form;
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
    void a_swedish_administrator_creates_a_user_among_swedish_labels() {
        fx.position("Position of pat.ny");
        UsersView view = navigate(UsersView.class);

        assertThat(view.create.getText()).isEqualTo("Ny användare");
        assertThat(view.keyword.getLabel()).isEqualTo("Sök");
        assertThat(view.grid.getColumnByKey("name").getHeaderText()).isEqualTo("Namn");
        assertThat(view.grid.getColumnByKey("validUntil").getHeaderText()).isEqualTo("Gäller t.o.m.");
        assertThat(view.grid.getColumnByKey("concurrentClass").getHeaderText()).isEqualTo("Samtidiga platser");

        UserFormDialog form = newUser(view);
        assertThat(form.getHeaderTitle()).isEqualTo("Ny användare");
        assertThat(form.firstName.getLabel()).isEqualTo("Förnamn");
        assertThat(form.position.getHelperText()).isEqualTo("Varje befattning hör till en enda användare");
        test(form.save).click();
        assertThat(form.firstName.getErrorMessage()).isEqualTo("Ange ett förnamn");
        assertThat(form.profile.getErrorMessage()).isEqualTo("Välj en profil");

        fillMandatory(form, "Ny", "pat.ny");
        test(form.initialPassword).setValue("kort");
        assertThat(form.initialPassword.getErrorMessage()).isEqualTo("Minst 12 tecken");
        test(form.initialPassword).setValue(ScreenFixtures.PASSWORD);
        test(form.save).click();

        roundTrip();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Pat Ny har skapats.");
        assertThat(UsersView.badge(row(view, "Ny")).getText()).isEqualTo("Aktiv");
        assertThat(UsersView.classLabel(row(view, "Ny").concurrentClass())).isEqualTo("Full åtkomst");
        assertThat(UsersView.countText(2)).isEqualTo("2 användare");
        assertThat(UsersView.countText(0)).isEqualTo("Inga användare matchar filtren");
    }

    @Test
    void a_user_beyond_the_licences_is_refused_in_swedish_with_the_pot_and_its_figures() {
        fx.moduleCapacity("Documents", 1);
        fx.user("Holder", "holder", "USER", documents, area, fx.position("P1"), true, true);
        fx.position("Position of pat.extra");
        UsersView view = navigate(UsersView.class);
        UserFormDialog form = newUser(view);
        fillMandatory(form, "Extra", "pat.extra");
        test(form.initialPassword).setValue(ScreenFixtures.PASSWORD);

        test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.error.getText())
                .isEqualTo("Att skapa Pat Extra nekas: det finns inte tillräckligt med licenser. Documents: 1 av 1"
                        + " används, det här kräver 1 till.");
    }

    @Test
    void bulk_activation_says_in_swedish_who_was_activated_and_why_the_other_was_refused() {
        fx.moduleCapacity("Documents", 1);
        fx.user("Sleeper one", "s1", "USER", documents, area, fx.position("P1"), false, true);
        fx.user("Sleeper two", "s2", "USER", documents, area, fx.position("P2"), false, true);
        UsersView view = navigate(UsersView.class);
        view.grid.select(row(view, "Sleeper one"));
        view.grid.select(row(view, "Sleeper two"));

        test(view.activate).click();

        String said = view.outcomes.getElement().getTextRecursively();
        assertThat(view.outcomes.getHeaderTitle()).isEqualTo("Aktivera användare");
        assertThat(said)
                .contains("1 av 2 klara.")
                .contains("har aktiverats.")
                .contains("Nekad")
                .contains("nekas: det finns inte tillräckligt med licenser. Documents: 1 av 1 används");
    }
}
