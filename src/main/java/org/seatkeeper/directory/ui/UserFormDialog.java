package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seatkeeper.directory.BusinessAreaRow;
import org.seatkeeper.directory.ConcurrentClass;
import org.seatkeeper.directory.LicenceTypeRow;
import org.seatkeeper.directory.PasswordPolicy;
import org.seatkeeper.directory.PositionRow;
import org.seatkeeper.directory.ProfileAdministration;
import org.seatkeeper.directory.ProfileRow;
import org.seatkeeper.directory.Role;
import org.seatkeeper.directory.SetupLists;
import org.seatkeeper.directory.UserAdministration;
import org.seatkeeper.directory.UserData;
import org.seatkeeper.directory.UserEdit;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.shared.ui.Toasts;

/**
 * Creates or edits one user with the mandatory fields of seed 003. The binder checks the form
 * inline; the service checks again and may refuse (licences, uniqueness, someone else's edit), in
 * which case the dialog stays open with everything the administrator typed.
 */
class UserFormDialog extends Dialog {

    final TextField firstName = new TextField(getTranslation("user-form.first-name"));
    final TextField lastName = new TextField(getTranslation("user-form.last-name"));
    final EmailField email = new EmailField(getTranslation("user-form.email"));
    final TextField username = new TextField(getTranslation("user-form.username"));
    final Select<Role> role = new Select<>();
    final ComboBox<ProfileRow> profile = new ComboBox<>(getTranslation("users.profile"));
    final ComboBox<BusinessAreaRow> area = new ComboBox<>(getTranslation("users.business-area"));
    final ComboBox<PositionRow> position = new ComboBox<>(getTranslation("user-form.position"));
    final Select<ConcurrentClass> concurrentClass = new Select<>();
    final DatePicker validUntil = new DatePicker(getTranslation("users.valid-until"));
    final PasswordField initialPassword = new PasswordField(getTranslation("user-form.initial-password"));
    final Div error = new Div();
    final Button save = new Button(getTranslation("form.save"));
    final Button cancel = new Button(getTranslation("form.cancel"), e -> close());

    final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final UserAdministration users;
    private final Runnable onSaved;
    private final Map<Long, LicenceTypeRow> types;
    UserEdit loaded;

    /** The form's working copy; Binder writes here only when every field is valid. */
    static final class Draft {
        String firstName;
        String lastName;
        String email;
        String username;
        Role role = Role.USER;
        ProfileRow profile;
        BusinessAreaRow area;
        PositionRow position;
        ConcurrentClass concurrentClass = ConcurrentClass.STANDARD;
        LocalDate validUntil;
        String initialPassword;

        UserData toData() {
            return new UserData(
                    firstName,
                    lastName,
                    email,
                    username,
                    role,
                    profile == null ? null : profile.id(),
                    area == null ? null : area.id(),
                    position == null ? null : position.id(),
                    concurrentClass,
                    validUntil);
        }
    }

    UserFormDialog(
            UserAdministration users,
            ProfileAdministration profiles,
            SetupLists setup,
            boolean support,
            Long id,
            Runnable onSaved) {
        this.users = users;
        this.onSaved = onSaved;
        this.loaded = id == null ? null : users.load(id);
        this.types = setup.licenceTypes().stream().collect(Collectors.toMap(LicenceTypeRow::id, Function.identity()));
        UserData current = loaded == null ? null : loaded.data();
        setHeaderTitle(
                loaded == null
                        ? getTranslation("users.new")
                        : getTranslation("user-form.edit", current.firstName() + " " + current.lastName()));
        setWidth("min(48rem, 95vw)");
        setCloseOnOutsideClick(false);

        role.setLabel(getTranslation("users.role"));
        role.setItems(support ? List.of(Role.USER, Role.ADMIN, Role.SUPPORT) : List.of(Role.USER, Role.ADMIN));
        role.setItemLabelGenerator(UsersView::roleLabel);
        if (!support && current != null && current.role() == Role.SUPPORT) {
            role.setItems(Role.values());
            role.setReadOnly(true);
        }
        List<ProfileRow> profileRows = profiles.list();
        profile.setItems(profileRows);
        profile.setItemLabelGenerator(p -> getTranslation("user-form.profile.item", p.name(), p.licenceType()));
        List<BusinessAreaRow> areaRows = setup.businessAreas().stream()
                .filter(a -> !a.primary()
                        && (a.enabled() || current != null && Objects.equals(a.id(), current.businessAreaId())))
                .toList();
        area.setItems(areaRows);
        area.setItemLabelGenerator(BusinessAreaRow::label);
        List<PositionRow> positionRows = setup.positions().stream()
                .filter(p -> current != null && Objects.equals(p.id(), current.positionId())
                        || p.enabled() && p.holder() == null)
                .toList();
        position.setItems(positionRows);
        position.setItemLabelGenerator(PositionRow::title);
        position.setHelperText(getTranslation("user-form.position.helper"));
        concurrentClass.setLabel(getTranslation("users.concurrent-seats"));
        concurrentClass.setItems(ConcurrentClass.values());
        concurrentClass.setItemLabelGenerator(c -> switch (c) {
            case STANDARD -> getTranslation("user-form.class.standard");
            case VIEW_ONLY -> getTranslation("pool.view-only");
            case RESERVED -> getTranslation("user-form.class.reserved");
        });
        if (!support) {
            concurrentClass.setItemEnabledProvider(c -> c != ConcurrentClass.RESERVED
                    || current != null && current.concurrentClass() == ConcurrentClass.RESERVED);
        }
        validUntil.setHelperText(getTranslation("user-form.valid-until.helper"));
        validUntil.setClearButtonVisible(true);
        initialPassword.setHelperText(getTranslation("user-form.initial-password.helper", PasswordPolicy.MIN_LENGTH));
        initialPassword.setVisible(loaded == null);
        error.addClassName("form-error");
        error.setVisible(false);

        bind();
        if (current != null) {
            draft.firstName = current.firstName();
            draft.lastName = current.lastName();
            draft.email = current.email();
            draft.username = current.username();
            draft.role = current.role();
            draft.profile = find(profileRows, ProfileRow::id, current.profileId());
            draft.area = find(areaRows, BusinessAreaRow::id, current.businessAreaId());
            draft.position = find(positionRows, PositionRow::id, current.positionId());
            draft.concurrentClass = current.concurrentClass();
            draft.validUntil = current.validUntil();
        }
        binder.readBean(draft);
        role.addValueChangeListener(e -> roleChanged());
        profile.addValueChangeListener(e -> updateRequired());
        roleChanged();

        FormLayout layout = new FormLayout(
                firstName,
                lastName,
                email,
                username,
                role,
                profile,
                area,
                position,
                concurrentClass,
                validUntil,
                initialPassword);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(error, layout);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);
    }

    private void bind() {
        binder.forField(firstName)
                .asRequired(getTranslation("user-form.first-name.required"))
                .withValidator(RuleFields.name())
                .bind(d -> d.firstName, (d, v) -> d.firstName = v);
        binder.forField(lastName)
                .asRequired(getTranslation("user-form.last-name.required"))
                .withValidator(RuleFields.name())
                .bind(d -> d.lastName, (d, v) -> d.lastName = v);
        binder.forField(email)
                .withValidator((v, ctx) -> signsIn() && blank(v)
                        ? ValidationResult.error(getTranslation("user-form.email.required"))
                        : ValidationResult.ok())
                .withConverter(RuleFields.email())
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(username)
                .withValidator((v, ctx) -> signsIn() && blank(v)
                        ? ValidationResult.error(getTranslation("user-form.username.required"))
                        : !signsIn() && !blank(v)
                                ? ValidationResult.error(getTranslation("user-form.username.none", typeName()))
                                : ValidationResult.ok())
                .withConverter(RuleFields.username())
                .bind(d -> d.username, (d, v) -> d.username = v);
        binder.forField(role)
                .asRequired(getTranslation("user-form.role.required"))
                .bind(d -> d.role, (d, v) -> d.role = v);
        // The role list has no empty choice, so nothing is left to mark as required; the marker would
        // also put aria-required on the select's button, where assistive technology cannot use it.
        role.setRequiredIndicatorVisible(false);
        binder.forField(profile)
                .withValidator(
                        v -> role.getValue() != Role.USER || v != null, getTranslation("user-form.profile.required"))
                .bind(d -> d.profile, (d, v) -> d.profile = v);
        binder.forField(area)
                .withValidator(
                        v -> role.getValue() == Role.SUPPORT || v != null,
                        getTranslation("user-form.business-area.required"))
                .bind(d -> d.area, (d, v) -> d.area = v);
        binder.forField(position)
                .withValidator(v -> !positionRequired() || v != null, getTranslation("user-form.position.required"))
                .bind(d -> d.position, (d, v) -> d.position = v);
        binder.forField(concurrentClass)
                .bind(d -> d.concurrentClass, (d, v) -> d.concurrentClass = v == null ? ConcurrentClass.STANDARD : v);
        binder.forField(validUntil).bind(d -> d.validUntil, (d, v) -> d.validUntil = v);
        binder.forField(initialPassword)
                .withValidator(RuleFields.optionalPassword())
                .withValidator(v -> blank(v) || signsIn(), getTranslation("user-form.password.none"))
                .bind(d -> d.initialPassword, (d, v) -> d.initialPassword = blank(v) ? null : v);
    }

    void save() {
        error.setVisible(false);
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            if (loaded == null) {
                users.create(draft.toData(), draft.initialPassword);
            } else {
                users.update(loaded.id(), loaded.version(), draft.toData());
            }
        } catch (RefusedException refused) {
            // nothing was saved: keep the dialog and the typed values, say why
            error.setText(Refusals.text(refused));
            error.setVisible(true);
            return;
        }
        close();
        Toasts.success(getTranslation(
                loaded == null ? "user-form.created" : "user-form.saved", draft.firstName + " " + draft.lastName));
        onSaved.run();
    }

    private void roleChanged() {
        boolean business = role.getValue() == Role.USER;
        profile.setVisible(business);
        position.setVisible(business);
        concurrentClass.setVisible(business);
        if (!business) {
            profile.clear();
            position.clear();
            concurrentClass.setValue(ConcurrentClass.STANDARD);
        }
        updateRequired();
    }

    private void updateRequired() {
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(signsIn());
        username.setRequiredIndicatorVisible(signsIn());
        username.setEnabled(signsIn() || !blank(username.getValue()));
        profile.setRequiredIndicatorVisible(role.getValue() == Role.USER);
        area.setRequiredIndicatorVisible(role.getValue() != Role.SUPPORT);
        position.setRequiredIndicatorVisible(positionRequired());
        initialPassword.setEnabled(signsIn());
    }

    /** Whether the chosen profile's licence type lets its holders sign in; no profile: administrators. */
    private boolean signsIn() {
        ProfileRow p = role.getValue() == Role.USER ? profile.getValue() : null;
        if (p == null) {
            return true;
        }
        LicenceTypeRow type = types.get(p.licenceTypeId());
        return type == null || type.canLogIn();
    }

    private boolean positionRequired() {
        boolean active = loaded == null || loaded.active();
        return role.getValue() == Role.USER && active && signsIn();
    }

    private String typeName() {
        return profile.getValue() == null ? "" : profile.getValue().licenceType();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> T find(List<T> rows, Function<T, Long> id, Long wanted) {
        return wanted == null
                ? null
                : rows.stream()
                        .filter(r -> wanted.equals(id.apply(r)))
                        .findFirst()
                        .orElse(null);
    }
}
