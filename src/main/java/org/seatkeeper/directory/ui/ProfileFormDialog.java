package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.directory.LicenceImpact;
import org.seatkeeper.directory.LicenceTypeRow;
import org.seatkeeper.directory.ModuleRow;
import org.seatkeeper.directory.PotImpact;
import org.seatkeeper.directory.ProfileAdministration;
import org.seatkeeper.directory.ProfileData;
import org.seatkeeper.directory.ProfileRow;
import org.seatkeeper.directory.SetupLists;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.shared.ui.Toasts;

/**
 * Name, licence type and modules of a profile. While a profile that users hold is edited, its licence
 * impact is shown pot by pot as the fields change: licences taken, licences freed, and a pot that
 * would overfill, with the figures. Saving a change that takes licences asks for a confirmation; one
 * that would overflow a pot cannot be confirmed (rule 1).
 */
class ProfileFormDialog extends Dialog {

    final TextField name = new TextField(getTranslation("users.name"));
    final ComboBox<LicenceTypeRow> licenceType = new ComboBox<>(getTranslation("profiles.licence-type"));
    final CheckboxGroup<ModuleRow> modules = new CheckboxGroup<>(getTranslation("profiles.modules"));
    final Div error = new Div();
    /** The licence impact of the change being edited, updated as the fields change. */
    final Div impact = new Div();

    final Button save = new Button(getTranslation("form.save"));
    final Button confirm = new Button(getTranslation("profile-form.confirm"));
    LicenceImpact lastImpact;

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final ProfileAdministration profiles;
    private final ProfileRow loaded;
    private final Runnable onSaved;

    static final class Draft {
        String name;
        LicenceTypeRow type;
        Set<ModuleRow> modules = Set.of();

        ProfileData toData() {
            return new ProfileData(
                    name,
                    type == null ? null : type.id(),
                    modules.stream().map(ModuleRow::id).collect(Collectors.toSet()));
        }
    }

    ProfileFormDialog(ProfileAdministration profiles, SetupLists setup, ProfileRow loaded, Runnable onSaved) {
        this.profiles = profiles;
        this.loaded = loaded;
        this.onSaved = onSaved;
        setHeaderTitle(
                loaded == null ? getTranslation("profiles.new") : getTranslation("profile-form.edit", loaded.name()));
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);

        List<LicenceTypeRow> types = setup.licenceTypes();
        licenceType.setItems(types);
        licenceType.setItemLabelGenerator(t -> t.name()
                + (t.free() ? getTranslation("profile-form.type.free") : "")
                + (t.canLogIn() ? "" : getTranslation("profile-form.type.no-login")));
        List<ModuleRow> moduleRows = setup.modules();
        modules.setItems(moduleRows);
        modules.setItemLabelGenerator(ModuleRow::name);
        modules.setHelperText(getTranslation("profile-form.modules.helper"));

        binder.forField(name)
                .asRequired(getTranslation("profile-form.name.required"))
                .withValidator(RuleFields.name())
                .bind(d -> d.name, (d, v) -> d.name = v.trim());
        binder.forField(licenceType)
                .asRequired(getTranslation("profile-form.type.required"))
                .bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(modules).bind(d -> d.modules, (d, v) -> d.modules = v == null ? Set.of() : v);
        if (loaded != null) {
            draft.name = loaded.name();
            draft.type = types.stream()
                    .filter(t -> t.id() == loaded.licenceTypeId())
                    .findFirst()
                    .orElse(null);
            draft.modules = moduleRows.stream()
                    .filter(m -> loaded.moduleIds().contains(m.id()))
                    .collect(Collectors.toSet());
        }
        binder.readBean(draft);
        binder.addValueChangeListener(e -> livePreview());

        error.addClassName("form-error");
        error.setVisible(false);
        impact.addClassName("licence-impact");
        impact.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> update());
        confirm.setVisible(false);
        add(error, new FormLayout(name, licenceType, modules), impact);
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()), save, confirm);
    }

    void save() {
        error.setVisible(false);
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            if (loaded == null) {
                profiles.create(draft.toData());
                done(getTranslation("profile-form.created", draft.name));
                return;
            }
            lastImpact = profiles.preview(loaded.id(), draft.toData());
        } catch (RefusedException refused) {
            refuse(refused);
            return;
        }
        if (!lastImpact.takesLicences()) {
            update();
            return;
        }
        showImpact(lastImpact);
        save.setVisible(false);
        confirm.setVisible(lastImpact.fits());
        if (!lastImpact.fits()) {
            error.setText(getTranslation(
                    "profile-form.not-enough",
                    String.join(
                            "; ",
                            lastImpact.overflowing().stream()
                                    .map(p -> p.description().in(this::getTranslation))
                                    .toList())));
            error.setVisible(true);
        }
    }

    void update() {
        try {
            profiles.update(loaded.id(), loaded.version(), draft.toData());
        } catch (RefusedException refused) {
            refuse(refused);
            return;
        }
        done(getTranslation("profile-form.saved", draft.name));
    }

    private void showImpact(LicenceImpact li) {
        impact.removeAll();
        if (li.pots().isEmpty()) {
            impact.setVisible(false);
            return;
        }
        impact.add(new Div(new Span(
                li.fits()
                        ? getTranslation("profile-form.impact.fits", loaded.users())
                        : getTranslation("profile-form.impact.overfills"))));
        for (PotImpact p : li.pots()) {
            Span badge = new Span(getTranslation(
                    p.frees() ? "profile-form.frees" : p.fits() ? "profile-form.fits" : "profile-form.overfills"));
            badge.addClassName(p.fits() ? "outcome-success" : "outcome-failure");
            Div line = new Div(badge, new Span(" " + p.summaryPhrase().in(this::getTranslation)));
            line.addClassName("impact-line");
            impact.add(line);
        }
        impact.setVisible(true);
    }

    /** The lines the preview shows, for tests and screen readers alike. */
    List<String> impactLines() {
        return impact.getChildren()
                .skip(1)
                .map(line -> line.getElement().getTextRecursively().strip())
                .toList();
    }

    /** Recomputes the impact from the fields as they are now; nothing is saved. */
    private void livePreview() {
        lastImpact = null;
        error.setVisible(false);
        save.setVisible(true);
        confirm.setVisible(false);
        if (loaded == null || loaded.users() == 0 || licenceType.getValue() == null) {
            impact.setVisible(false);
            return;
        }
        String typed = name.getValue() == null || name.getValue().isBlank()
                ? loaded.name()
                : name.getValue().trim();
        ProfileData data = new ProfileData(
                typed,
                licenceType.getValue().id(),
                modules.getValue() == null
                        ? Set.of()
                        : modules.getValue().stream().map(ModuleRow::id).collect(Collectors.toSet()));
        try {
            showImpact(profiles.preview(loaded.id(), data));
        } catch (RefusedException refused) {
            impact.setVisible(false);
            error.setText(Refusals.text(refused));
            error.setVisible(true);
        }
    }

    /** Shown once, in the dialog that stays open with what was typed. */
    private void refuse(RefusedException refused) {
        error.setText(Refusals.text(refused));
        error.setVisible(true);
    }

    private void done(String message) {
        close();
        Toasts.success(message);
        onSaved.run();
    }
}
