package org.seatkeeper.directory.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.seatkeeper.directory.MyAccount;
import org.seatkeeper.directory.MyAccountSection;
import org.seatkeeper.directory.MyAccountService;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.Toasts;
import org.seatkeeper.shared.ui.Refusals;

/** What every signed-in person sees about themselves, and where they change their own password. */
@Route("my-account")
@Menu(title = "menu.my-account", order = 100, icon = "vaadin:user")
@PermitAll
class MyAccountView extends VerticalLayout implements BeforeEnterObserver {

    final FormLayout details = new FormLayout();
    final Span name = new Span();
    final Span username = new Span();
    final Span email = new Span();
    final Span role = new Span();
    final Span validUntil = new Span();
    final Span profile = new Span();
    final Span licenceType = new Span();
    final Span modules = new Span();
    final Span businessArea = new Span();
    final Span position = new Span();

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat new password");
    final Button changePassword = new Button("Change password");
    final Div error = new Div();

    private final Binder<String[]> binder = new Binder<>();
    private final MyAccountService myAccount;

    MyAccountView(MyAccountService myAccount, List<MyAccountSection> sections) {
        this.myAccount = myAccount;
        details.addFormItem(name, "Name");
        details.addFormItem(username, "Username");
        details.addFormItem(email, "Email");
        details.addFormItem(role, "Role");
        details.addFormItem(validUntil, "Valid until");
        details.addFormItem(profile, "Profile");
        details.addFormItem(licenceType, "Licence type");
        details.addFormItem(modules, "Modules");
        details.addFormItem(businessArea, "Business area");
        details.addFormItem(position, "Position");

        binder.forField(currentPassword).asRequired("Enter your current password")
                .bind(a -> a[0], (a, v) -> a[0] = v);
        binder.forField(newPassword).asRequired("Enter a new password")
                .withValidator(RuleFields.password())
                .withValidator(v -> !v.equals(currentPassword.getValue()), "Must differ from the current password")
                .bind(a -> a[1], (a, v) -> a[1] = v);
        binder.forField(repeatPassword).asRequired("Repeat the new password")
                .withValidator(v -> v.equals(newPassword.getValue()), "The passwords do not match")
                .bind(a -> a[2], (a, v) -> a[2] = v);
        binder.readBean(new String[3]);
        error.addClassName("form-error");
        error.setVisible(false);
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword());
        FormLayout passwordForm = new FormLayout(currentPassword, newPassword, repeatPassword);
        passwordForm.setMaxWidth("40rem");

        add(new H1("My account"), details, new H2("Change password"), error, passwordForm, changePassword);
        sections.forEach(section -> add(section.create()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MyAccount me = myAccount.current();
        name.setText(me.fullName());
        username.setText(orNone(me.username()));
        email.setText(orNone(me.email()));
        role.setText(UsersView.roleLabel(me.role()));
        validUntil.setText(me.validUntil() == null ? "no end date" : me.validUntil().toString());
        profile.setText(me.profile() == null ? "none (administrator accounts hold no business profile)" : me.profile());
        licenceType.setText(orNone(me.licenceType()));
        modules.setText(me.modules().isEmpty() ? "none" : String.join(", ", me.modules()));
        businessArea.setText(orNone(me.businessArea()));
        position.setText(orNone(me.position()));
    }

    void changePassword() {
        error.setVisible(false);
        String[] values = new String[3];
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        try {
            myAccount.changePassword(values[0], values[1]);
        } catch (RefusedException refused) {
            // shown once, where it belongs: on the field it is about, else above the form
            if (refused.getMessage().contains("current password")) {
                currentPassword.setErrorMessage(Refusals.text(refused));
                currentPassword.setInvalid(true);
            } else {
                error.setText(Refusals.text(refused));
                error.setVisible(true);
            }
            return;
        }
        binder.readBean(new String[3]);
        Toasts.success("Your password was changed.");
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "none" : s;
    }
}
