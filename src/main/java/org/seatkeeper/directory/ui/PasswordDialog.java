package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.seatkeeper.directory.UserAdministration;
import org.seatkeeper.directory.UserRow;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.shared.ui.Toasts;

/**
 * Sets a password the administrator types, or generates one and shows it exactly once. Giving
 * login credentials may start consuming licences, so the service may refuse (rule 1).
 */
class PasswordDialog extends Dialog {

    final PasswordField password = new PasswordField(getTranslation("my-account.new-password"));
    final PasswordField repeat = new PasswordField(getTranslation("my-account.repeat-password"));
    final Button set = new Button(getTranslation("password.set"));
    final Button generate = new Button(getTranslation("password.generate"));
    /** Takes the login credentials away: the user stops consuming module licences (seed 001). */
    final Button remove = new Button(getTranslation("password.remove"));

    final Div error = new Div();
    /** Shows a generated password; it is never shown again. */
    final TextField generated = new TextField(getTranslation("password.generated"));

    private final Binder<String[]> binder = new Binder<>();
    private final UserAdministration users;
    private final UserRow user;
    private final Runnable onChanged;

    PasswordDialog(UserAdministration users, UserRow user, Runnable onChanged) {
        this.users = users;
        this.user = user;
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation("password.title", user.fullName()));
        error.addClassName("form-error");
        error.setVisible(false);
        binder.forField(password)
                .asRequired(getTranslation("password.required"))
                .withValidator(RuleFields.password())
                .bind(a -> a[0], (a, v) -> a[0] = v);
        binder.forField(repeat)
                .asRequired(getTranslation("password.repeat.required"))
                .withValidator(
                        v -> v.equals(password.getValue()), getTranslation("my-account.repeat-password.different"))
                .bind(a -> a[1], (a, v) -> a[1] = v);
        binder.readBean(new String[2]);
        generated.setReadOnly(true);
        generated.setVisible(false);
        generated.setHelperText(getTranslation("password.generated.helper", user.fullName()));
        generated.setWidthFull();

        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.addClickListener(e -> setTyped());
        generate.addClickListener(e -> generate());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(user.hasPassword());
        remove.addClickListener(e -> removePassword());
        FormLayout form = new FormLayout(password, repeat);
        add(new Paragraph(getTranslation("password.later")), error, form, generated);
        getFooter().add(remove, new Button(getTranslation("form.close"), e -> close()), generate, set);
    }

    void setTyped() {
        String[] values = new String[2];
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        try {
            users.setPassword(user.id(), values[0]);
        } catch (RefusedException refused) {
            showRefusal(refused);
            return;
        }
        close();
        Toasts.success(getTranslation("password.set.done", user.fullName()));
        onChanged.run();
    }

    void generate() {
        String value;
        try {
            value = users.generatePassword(user.id());
        } catch (RefusedException refused) {
            showRefusal(refused);
            return;
        }
        error.setVisible(false);
        generated.setValue(value);
        generated.setVisible(true);
        password.setEnabled(false);
        repeat.setEnabled(false);
        set.setEnabled(false);
        generate.setEnabled(false);
        onChanged.run();
    }

    void removePassword() {
        try {
            users.removePassword(user.id());
        } catch (RefusedException refused) {
            showRefusal(refused);
            return;
        }
        close();
        Toasts.success(getTranslation("password.removed", user.fullName()));
        onChanged.run();
    }

    private void showRefusal(RefusedException refused) {
        error.setText(Refusals.text(refused));
        error.setVisible(true);
    }
}
