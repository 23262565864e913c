package org.seatkeeper.seats.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import org.seatkeeper.seats.ApiClientRow;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.Confirmations;
import org.seatkeeper.shared.ui.PeopleTime;
import org.seatkeeper.shared.ui.Toasts;

/**
 * The connected applications that take seats through the seat API. A token is shown once, when the
 * application is registered, because only its hash is stored; a lost token is replaced by revoking
 * the application and registering it again.
 */
@Route("api-clients")
@Menu(title = "menu.api-clients", order = 87, icon = "vaadin:plug")
@RolesAllowed(Roles.ADMIN)
class ApiClientsView extends VerticalLayout {

    /** The zone the last valid day was set in: the server's, where the token's expiry is computed (ApiClients). */
    private static final ZoneId SERVER_ZONE = ZoneId.systemDefault();

    final Grid<ApiClientRow> grid = new Grid<>();
    final Button register = new Button(getTranslation("api-clients.register"), e -> openRegistration());
    RegisterClientDialog registration;
    ConfirmDialog confirmRevoke;
    /** The view's one notification: a new one replaces it, so repeated clicks never stack toasts. */
    private final ApiClients clients;

    ApiClientsView(ApiClients clients) {
        this.clients = clients;
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-api-client");
        grid.setId("api-clients");
        grid.addColumn(ApiClientRow::name)
                .setHeader(getTranslation("api-clients.application"))
                .setAutoWidth(true);
        grid.addColumn(ApiClientRow::description)
                .setHeader(getTranslation("api-clients.description"))
                .setFlexGrow(1);
        grid.addColumn(ApiClientRow::tokenHint)
                .setHeader(getTranslation("api-clients.token-hint"))
                .setAutoWidth(true)
                .setTooltipGenerator(row -> getTranslation("api-clients.token-hint.tooltip"));
        grid.addColumn(this::registered)
                .setHeader(getTranslation("api-clients.registered"))
                .setAutoWidth(true);
        grid.addColumn(this::validUntil)
                .setHeader(getTranslation("api-clients.valid-until"))
                .setAutoWidth(true);
        grid.addColumn(this::state)
                .setHeader(getTranslation("api-clients.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> {
                    Button revoke = new Button(getTranslation("api-clients.revoke"), e -> confirmRevoke(row));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    revoke.setAriaLabel(getTranslation("api-clients.revoke.label", row.name()));
                    revoke.setVisible(row.usable());
                    return revoke;
                })
                .setHeader(getTranslation("api-clients.actions"))
                .setAutoWidth(true);
        setSizeFull();
        add(
                new H1(getTranslation("menu.api-clients")),
                new Paragraph(getTranslation("api-clients.intro")),
                register,
                grid);
        refresh();
    }

    void refresh() {
        grid.setItems(clients.list());
    }

    /** When and by whom, the time in the reader's zone and format. */
    String registered(ApiClientRow row) {
        return getTranslation("api-clients.registered.by", PeopleTime.dateTime(row.createdAt()), row.createdBy());
    }

    /**
     * The last day the token is accepted: it expires at the start of the following day, in the zone it was
     * registered in, so the day is that zone's, in the reader's date format.
     */
    String validUntil(ApiClientRow row) {
        return row.expiresAt() == null
                ? getTranslation("api-clients.valid-until.none")
                : PeopleTime.date(
                        LocalDate.ofInstant(row.expiresAt(), SERVER_ZONE).minusDays(1));
    }

    String state(ApiClientRow row) {
        if (row.revokedAt() != null) {
            return getTranslation("api-clients.state.revoked", PeopleTime.dateTime(row.revokedAt()), row.revokedBy());
        }
        return getTranslation(row.usable() ? "api-clients.state.active" : "api-clients.state.expired");
    }

    private void openRegistration() {
        registration = new RegisterClientDialog(clients, this::refresh);
        registration.open();
    }

    void confirmRevoke(ApiClientRow row) {
        confirmRevoke = Confirmations.ask(
                getTranslation("api-clients.revoke.question", row.name()),
                getTranslation("api-clients.revoke.consequence"),
                getTranslation("api-clients.revoke"),
                () -> revoke(row));
    }

    void revoke(ApiClientRow row) {
        clients.revoke(row.id());
        refresh();
        Toasts.success(getTranslation("api-clients.revoked", row.name()));
    }
}
