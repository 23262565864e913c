package org.seatkeeper.seats.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.seatkeeper.seats.ApiClientRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "USER"})
class ApiClientsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

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
        ApiClientRow row = row(view, name);
        assertThat(row.tokenHint()).isNotEqualTo(token);
        assertThat(token).startsWith(row.tokenHint().replace("…", ""));
        assertThat(jdbc.queryForObject("SELECT token_hash FROM api_client WHERE name = ?", String.class, name))
                .hasSize(64).isNotEqualTo(token);
        assertThat(ApiClientsView.state(row)).isEqualTo("Usable");
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

        assertThat(view.registration.name.isInvalid()).isTrue();
        assertThat(view.registration.name.getErrorMessage()).contains("already registered");
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

        view.revoke(row(view, name));

        assertThat(ApiClientsView.state(row(view, name))).startsWith("Revoked").endsWith("by admin");
        assertThat(jdbc.queryForObject("SELECT revoked_by FROM api_client WHERE name = ?", String.class, name))
                .isEqualTo("admin");
    }

    private static ApiClientRow row(ApiClientsView view, String name) {
        return view.grid.getListDataView().getItems().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
