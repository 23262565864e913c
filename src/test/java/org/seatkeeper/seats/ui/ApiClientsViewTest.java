package org.seatkeeper.seats.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.seatkeeper.seats.ApiClientRow;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.PeopleTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class ApiClientsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClients clients;

    @Test
    void registering_shows_the_token_once_and_lists_the_application_with_only_a_hint() {
        ApiClientsView view = navigate(ApiClientsView.class);
        String name = "Records app " + System.nanoTime();

        test(view.register).click();
        roundTrip();
        test(view.registration.name).setValue(name);
        test(view.registration.save).click();

        String token = view.registration.token.getValue();
        assertThat(token).startsWith("skt_").hasSizeGreaterThan(40);
        assertThat(view.registration.getId()).contains("new-token");
        assertThat(view.registration.token.getId()).contains("token");
        assertThat(view.registration.token.isReadOnly()).isTrue();
        ApiClientRow row = row(view, name);
        assertThat(row.tokenHint()).isNotEqualTo(token);
        assertThat(token).startsWith(row.tokenHint().replace("…", ""));
        assertThat(jdbc.queryForObject("SELECT token_hash FROM api_client WHERE name = ?", String.class, name))
                .hasSize(64)
                .isNotEqualTo(token);
        assertThat(view.state(row)).isEqualTo("Active");
        var grid = test(view.grid);
        int index = view.grid.getListDataView().getItems().toList().indexOf(row);
        assertThat(grid.getCellText(index, 2)).isEqualTo(row.tokenHint());
        for (int column = 0; column < 6; column++) {
            assertThat(grid.getCellText(index, column)).doesNotContain(token);
        }
    }

    @Test
    void a_validity_is_shown_as_the_last_day_the_token_is_accepted() {
        ApiClientsView view = navigate(ApiClientsView.class);
        String name = "Dated app " + System.nanoTime();
        LocalDate lastDay = LocalDate.now().plusDays(30);

        test(view.register).click();
        roundTrip();
        test(view.registration.name).setValue(name);
        view.registration.validUntil.setValue(lastDay);
        test(view.registration.save).click();

        assertThat(view.validUntil(row(view, name))).isEqualTo(PeopleTime.date(lastDay));
        assertThat(row(view, name).usable()).isTrue();
    }

    @Test
    void a_last_day_the_database_cannot_hold_is_refused_with_the_latest_allowed_and_nothing_is_added() {
        ApiClientsView view = navigate(ApiClientsView.class);
        String name = "Far app " + System.nanoTime();
        test(view.register).click();
        roundTrip();
        assertThat(view.registration.validUntil.getMax()).isEqualTo(ApiClients.LAST_VALID_DAY);

        assertThatThrownBy(() -> clients.register(name, null, LocalDate.of(9999, 12, 31)))
                .isInstanceOf(RefusedException.class)
                .hasMessage("A token can be valid until 9999-12-30 at the latest; 9999-12-31 is later."
                        + " Leave the date empty for a token without an end.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_client WHERE name = ?", Integer.class, name))
                .isZero();
        clients.register(name, null, ApiClients.LAST_VALID_DAY);
        view.refresh();
        assertThat(view.validUntil(row(view, name))).isEqualTo(PeopleTime.date(LocalDate.of(9999, 12, 30)));
    }

    @Test
    void a_duplicate_name_is_refused_with_a_message_and_nothing_is_added() {
        ApiClientsView view = navigate(ApiClientsView.class);
        String name = "Twice " + System.nanoTime();
        test(view.register).click();
        roundTrip();
        test(view.registration.name).setValue(name);
        test(view.registration.save).click();
        int before = view.grid.getListDataView().getItemCount();

        test(view.register).click();
        roundTrip();
        test(view.registration.name).setValue(name);
        test(view.registration.save).click();

        assertThat(view.registration.error.getText()).contains("already registered");
        assertThat($(Notification.class).all())
                .as("the refusal is in the dialog, not also a toast over it")
                .isEmpty();
        assertThat(view.registration.isOpened()).isTrue();
        assertThat(view.registration.token.getValue()).isEmpty();
        view.refresh();
        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(before);
    }

    @Test
    void revoking_marks_the_application_revoked_and_hides_its_revoke_action() {
        ApiClientsView view = navigate(ApiClientsView.class);
        String name = "Revoked app " + System.nanoTime();
        test(view.register).click();
        roundTrip();
        test(view.registration.name).setValue(name);
        test(view.registration.save).click();

        view.confirmRevoke(row(view, name));
        roundTrip();
        test(view.confirmRevoke).confirm();

        assertThat(view.state(row(view, name))).startsWith("Revoked").endsWith("by admin");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo(name + " revoked: its calls are refused from now on.");
        assertThat(jdbc.queryForObject("SELECT revoked_by FROM api_client WHERE name = ?", String.class, name))
                .isEqualTo("admin");
    }

    @Test
    void a_swedish_reader_sees_the_list_in_swedish_with_times_in_the_chosen_zone() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        PeopleTime.useZone(VaadinSession.getCurrent(), ZoneId.of("America/New_York"));
        UI.getCurrent().navigate("login");
        String name = "Svensk app " + System.nanoTime();
        clients.register(name, null, ApiClients.LAST_VALID_DAY);
        ApiClientsView view = navigate(ApiClientsView.class);
        ApiClientRow row = row(view, name);

        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Applikation");
        assertThat(view.register.getText()).isEqualTo("Registrera applikation");
        assertThat(view.state(row)).isEqualTo("Aktiv");
        assertThat(view.validUntil(row)).isEqualTo("30 dec. 9999");
        String registeredAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("sv-SE"))
                .format(row.createdAt().atZone(ZoneId.of("America/New_York")));
        assertThat(view.registered(row)).isEqualTo(registeredAt + " av admin");
    }

    private static ApiClientRow row(ApiClientsView view, String name) {
        return view.grid
                .getListDataView()
                .getItems()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
