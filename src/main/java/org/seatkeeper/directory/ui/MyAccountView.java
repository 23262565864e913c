package org.seatkeeper.directory.ui;

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
import java.util.List;
import org.seatkeeper.directory.DirectoryRefusal;
import org.seatkeeper.directory.MyAccount;
import org.seatkeeper.directory.MyAccountSection;
import org.seatkeeper.directory.MyAccountService;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.shared.ui.Toasts;

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

    final PasswordField currentPassword = new PasswordField(getTranslation("my-account.current-password"));
    final PasswordField newPassword = new PasswordField(getTranslation("my-account.new-password"));
    final PasswordField repeatPassword = new PasswordField(getTranslation("my-account.repeat-password"));
    final Button changePassword = new Button(getTranslation("my-account.change-password"));
    final Div error = new Div();

    private final Binder<String[]> binder = new Binder<>();
    private final MyAccountService myAccount;

    MyAccountView(MyAccountService myAccount, List<MyAccountSection> sections) {
        this.myAccount = myAccount;
        details.addFormItem(name, getTranslation("my-account.name"));
        details.addFormItem(username, getTranslation("my-account.username"));
        details.addFormItem(email, getTranslation("my-account.email"));
        details.addFormItem(role, getTranslation("my-account.role"));
        details.addFormItem(validUntil, getTranslation("my-account.valid-until"));
        details.addFormItem(profile, getTranslation("my-account.profile"));
        details.addFormItem(licenceType, getTranslation("my-account.licence-type"));
        details.addFormItem(modules, getTranslation("my-account.modules"));
        details.addFormItem(businessArea, getTranslation("my-account.business-area"));
        details.addFormItem(position, getTranslation("my-account.position"));

        binder.forField(currentPassword)
                .asRequired(getTranslation("my-account.current-password.required"))
                .bind(a -> a[0], (a, v) -> a[0] = v);
        binder.forField(newPassword)
                .asRequired(getTranslation("my-account.new-password.required"))
                .withValidator(RuleFields.password())
                .withValidator(
                        v -> !v.equals(currentPassword.getValue()), getTranslation("my-account.new-password.same"))
                .bind(a -> a[1], (a, v) -> a[1] = v);
        binder.forField(repeatPassword)
                .asRequired(getTranslation("my-account.repeat-password.required"))
                .withValidator(
                        v -> v.equals(newPassword.getValue()), getTranslation("my-account.repeat-password.different"))
                .bind(a -> a[2], (a, v) -> a[2] = v);
        binder.readBean(new String[3]);
        error.addClassName("form-error");
        error.setVisible(false);
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword());
        FormLayout passwordForm = new FormLayout(currentPassword, newPassword, repeatPassword);
        passwordForm.setMaxWidth("40rem");

        add(
                new H1(getTranslation("menu.my-account")),
                details,
                new H2(getTranslation("my-account.change-password")),
                error,
                passwordForm,
                changePassword);
        sections.forEach(section -> add(section.create()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MyAccount me = myAccount.current();
        name.setText(me.fullName());
        username.setText(orNone(me.username()));
        email.setText(orNone(me.email()));
        role.setText(UsersView.roleLabel(me.role()));
        validUntil.setText(
                me.validUntil() == null
                        ? getTranslation("my-account.valid-until.none")
                        : me.validUntil().toString());
        profile.setText(me.profile() == null ? getTranslation("my-account.profile.none") : me.profile());
        licenceType.setText(orNone(me.licenceType()));
        modules.setText(me.modules().isEmpty() ? getTranslation("my-account.none") : String.join(", ", me.modules()));
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
            if (refused.code()
                    .filter(DirectoryRefusal.CURRENT_PASSWORD_WRONG::equals)
                    .isPresent()) {
                currentPassword.setErrorMessage(Refusals.text(refused));
                currentPassword.setInvalid(true);
            } else {
                error.setText(Refusals.text(refused));
                error.setVisible(true);
            }
            return;
        }
        binder.readBean(new String[3]);
        Toasts.success(getTranslation("my-account.password-changed"));
    }

    private String orNone(String s) {
        return s == null || s.isBlank() ? getTranslation("my-account.none") : s;
    }
}
