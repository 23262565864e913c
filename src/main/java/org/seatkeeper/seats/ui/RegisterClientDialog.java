package org.seatkeeper.seats.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.seats.RegisteredClient;
import org.seatkeeper.shared.RefusedException;

/** Registers a connected application, then shows its token once. */
class RegisterClientDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final DatePicker validUntil = new DatePicker("Valid until (optional)");
    final Button save = new Button("Register", e -> save());
    final TextField token = new TextField("Token");
    private final ApiClients clients;
    private final Runnable onRegistered;

    RegisterClientDialog(ApiClients clients, Runnable onRegistered) {
        this.clients = clients;
        this.onRegistered = onRegistered;
        setHeaderTitle("Register application");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        name.setId("api-client-name");
        description.setMaxLength(500);
        validUntil.setMin(LocalDate.now());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(name, description, validUntil));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage("Give the application a name.");
            return;
        }
        try {
            RegisteredClient registered = clients.register(name.getValue(), description.getValue(), validUntil.getValue());
            onRegistered.run();
            showToken(registered);
        } catch (RefusedException refused) {
            name.setInvalid(true);
            name.setErrorMessage(refused.getMessage());
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The token replaces the form; once this dialog is closed it cannot be shown again. */
    private void showToken(RegisteredClient registered) {
        setId("new-token");
        setHeaderTitle(registered.name() + " is registered");
        removeAll();
        getFooter().removeAll();
        token.setValue(registered.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.setId("token");
        token.setHelperText("Select and copy it now.");
        add(new Paragraph("Give this token to the application. It is shown only now: Seatkeeper keeps only a hash of"
                + " it and cannot show it again."), token);
        Button done = new Button("I have copied the token", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
