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
import java.time.format.DateTimeFormatter;
import org.seatkeeper.seats.ApiClientRow;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.Confirmations;
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

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    final Grid<ApiClientRow> grid = new Grid<>();
    final Button register = new Button("Register application", e -> openRegistration());
    RegisterClientDialog registration;
    ConfirmDialog confirmRevoke;
    /** The view's one notification: a new one replaces it, so repeated clicks never stack toasts. */
    private final ApiClients clients;

    ApiClientsView(ApiClients clients) {
        this.clients = clients;
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-api-client");
        grid.setId("api-clients");
        grid.addColumn(ApiClientRow::name).setHeader("Application").setAutoWidth(true);
        grid.addColumn(ApiClientRow::description).setHeader("Description").setFlexGrow(1);
        grid.addColumn(ApiClientRow::tokenHint)
                .setHeader("Token begins")
                .setAutoWidth(true)
                .setTooltipGenerator(row ->
                        "The first characters of the token, to tell tokens apart; the token itself" + " is not kept.");
        grid.addColumn(row -> WHEN.format(row.createdAt()) + " by " + row.createdBy())
                .setHeader("Registered")
                .setAutoWidth(true);
        grid.addColumn(ApiClientsView::validUntil).setHeader("Valid until").setAutoWidth(true);
        grid.addColumn(ApiClientsView::state).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(row -> {
                    Button revoke = new Button("Revoke", e -> confirmRevoke(row));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    revoke.setAriaLabel("Revoke " + row.name());
                    revoke.setVisible(row.usable());
                    return revoke;
                })
                .setHeader("Actions")
                .setAutoWidth(true);
        setSizeFull();
        add(
                new H1("API clients"),
                new Paragraph("Connected applications sign their users in through the seat API with a token"
                        + " (\"Authorization: Bearer ...\"). The token is shown once, at registration."),
                register,
                grid);
        refresh();
    }

    void refresh() {
        grid.setItems(clients.list());
    }

    /** The last day the token is accepted: it expires at the start of the following day. */
    static String validUntil(ApiClientRow row) {
        return row.expiresAt() == null
                ? "No end date"
                : LocalDate.ofInstant(row.expiresAt(), ZONE).minusDays(1).toString();
    }

    static String state(ApiClientRow row) {
        if (row.revokedAt() != null) {
            return "Revoked " + WHEN.format(row.revokedAt()) + " by " + row.revokedBy();
        }
        return row.usable() ? "Active" : "Expired";
    }

    private void openRegistration() {
        registration = new RegisterClientDialog(clients, this::refresh);
        registration.open();
    }

    void confirmRevoke(ApiClientRow row) {
        confirmRevoke = Confirmations.ask(
                "Revoke " + row.name() + "?",
                "Its calls are refused from now on (401). Seats it holds stay until released, closed or reclaimed"
                        + " after their lease.",
                "Revoke",
                () -> revoke(row));
    }

    void revoke(ApiClientRow row) {
        clients.revoke(row.id());
        refresh();
        Toasts.success(row.name() + " revoked: its calls are refused from now on.");
    }
}
