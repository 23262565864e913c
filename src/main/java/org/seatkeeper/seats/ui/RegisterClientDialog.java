package org.seatkeeper.seats.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.seats.RegisteredClient;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.PeopleTime;
import org.seatkeeper.shared.ui.Refusals;

/** Registers a connected application, then shows its token once. */
class RegisterClientDialog extends Dialog {

    final TextField name = new TextField(getTranslation("api-clients.dialog.name"));
    final TextArea description = new TextArea(getTranslation("api-clients.description"));
    final DatePicker validUntil = new DatePicker(getTranslation("api-clients.dialog.valid-until"));
    final Button save = new Button(getTranslation("api-clients.dialog.register"), e -> save());
    final Div error = new Div();
    final TextField token = new TextField(getTranslation("api-clients.dialog.token"));
    private final ApiClients clients;
    private final Runnable onRegistered;

    RegisterClientDialog(ApiClients clients, Runnable onRegistered) {
        this.clients = clients;
        this.onRegistered = onRegistered;
        setHeaderTitle(getTranslation("api-clients.register"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        name.setId("api-client-name");
        name.addValueChangeListener(e -> name.setInvalid(false));
        description.setMaxLength(500);
        validUntil.setMin(LocalDate.now());
        validUntil.setMax(ApiClients.LAST_VALID_DAY);
        validUntil.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("api-clients.dialog.valid-until.past"))
                .setMaxErrorMessage(getTranslation(
                        "api-clients.dialog.valid-until.too-late", PeopleTime.date(ApiClients.LAST_VALID_DAY)))
                .setBadInputErrorMessage(getTranslation(
                        "api-clients.dialog.valid-until.bad-input",
                        PeopleTime.date(LocalDate.now().plusYears(1)))));
        validUntil.setHelperText(
                getTranslation("api-clients.dialog.valid-until.helper", PeopleTime.date(ApiClients.LAST_VALID_DAY)));
        error.addClassName("form-error");
        error.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(error, new FormLayout(name, description, validUntil));
        getFooter().add(new Button(getTranslation("api-clients.dialog.cancel"), e -> close()), save);
    }

    void save() {
        error.setVisible(false);
        if (validUntil.isInvalid()) {
            return;
        }
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("api-clients.dialog.name.required"));
            return;
        }
        try {
            RegisteredClient registered =
                    clients.register(name.getValue(), description.getValue(), validUntil.getValue());
            onRegistered.run();
            showToken(registered);
        } catch (RefusedException refused) {
            // Shown in the dialog, where the name can be corrected; not also as a toast over it.
            error.setText(Refusals.text(refused));
            error.setVisible(true);
        }
    }

    /**
     * The clipboard API needs a secure context (HTTPS or localhost); elsewhere the field's text is
     * selected and copied the old way. The helper text says whether it worked.
     */
    private void copy(String value) {
        token.getElement()
                .executeJs("""
                        if (navigator.clipboard && window.isSecureContext) {
                          return navigator.clipboard.writeText($0).then(() => true, () => false);
                        }
                        this.inputElement.select();
                        return document.execCommand('copy');""", value)
                .then(
                        Boolean.class,
                        copied -> token.setHelperText(
                                Boolean.TRUE.equals(copied)
                                        ? getTranslation("api-clients.token.copied")
                                        : getTranslation("api-clients.token.not-copied")));
    }

    /** The token replaces the form; once this dialog is closed it cannot be shown again. */
    private void showToken(RegisteredClient registered) {
        setId("new-token");
        setHeaderTitle(getTranslation("api-clients.token.registered", registered.name()));
        removeAll();
        getFooter().removeAll();
        token.setValue(registered.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.setId("token");
        token.setHelperText(getTranslation("api-clients.token.helper"));
        Button copy = new Button(VaadinIcon.COPY.create(), e -> copy(registered.token()));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        copy.setTooltipText(getTranslation("api-clients.token.copy"));
        token.setSuffixComponent(copy);
        Paragraph warning = new Paragraph(getTranslation("api-clients.token.warning"));
        warning.addClassName("form-error");
        // Only the button closes the dialog, so the token is not lost by a stray click or Esc.
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        add(warning, token);
        Button done = new Button(getTranslation("api-clients.token.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
