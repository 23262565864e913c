package org.seatkeeper.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.sessions.SessionPolicies;
import org.seatkeeper.sessions.SessionPolicy;
import org.seatkeeper.sessions.SessionPolicyLimits;
import org.seatkeeper.sessions.SessionPolicyLimits.Setting;
import org.seatkeeper.sessions.SessionPolicyRefusedException;
import org.seatkeeper.sessions.SettingsSection;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.shared.ui.Toasts;

/**
 * The session settings (rules 9-11): stale threshold, idle timeout, the warning before it, and seed
 * 003's "disable auto timeout". Each field shows its allowed range, and a value out of range is
 * reported on that field; only a conflict with someone else's change goes to the banner above. Other
 * modules add their settings below ({@link SettingsSection}: the sign-in protection).
 */
@Route("session-settings")
@Menu(title = "menu.session-settings", order = 85, icon = "vaadin:timer")
@RolesAllowed(Roles.ADMIN)
class SessionSettingsView extends VerticalLayout {

    final IntegerField staleAfter = new IntegerField(getTranslation("session-settings.stale-after"));
    final IntegerField idleMinutes = new IntegerField(getTranslation("session-settings.idle-timeout"));
    final IntegerField idleWarning = new IntegerField(getTranslation("session-settings.idle-warning"));
    final Checkbox autoTimeoutDisabled = new Checkbox(getTranslation("session-settings.auto-timeout-disabled"));
    final Div banner = new Div();
    final Button save = new Button(getTranslation("session-settings.save"), e -> save());
    private final Map<Setting, IntegerField> fields = new EnumMap<>(Setting.class);
    private final SessionPolicies policies;
    private final SessionPolicyLimits limits;
    private long version;

    SessionSettingsView(SessionPolicies policies, List<SettingsSection> sections) {
        this.policies = policies;
        this.limits = policies.limits();
        fields.put(Setting.STALE_AFTER, staleAfter);
        fields.put(Setting.IDLE_TIMEOUT, idleMinutes);
        fields.put(Setting.IDLE_WARNING, idleWarning);
        staleAfter.setHelperText(getTranslation(
                "session-settings.stale-after.helper",
                limits.least(Setting.STALE_AFTER),
                limits.most(Setting.STALE_AFTER),
                policies.heartbeatInterval().toSeconds()));
        idleMinutes.setHelperText(getTranslation(
                "session-settings.idle-timeout.helper",
                limits.least(Setting.IDLE_TIMEOUT),
                limits.most(Setting.IDLE_TIMEOUT)));
        idleWarning.setHelperText(getTranslation(
                "session-settings.idle-warning.helper",
                limits.least(Setting.IDLE_WARNING),
                limits.most(Setting.IDLE_WARNING)));
        autoTimeoutDisabled.setHelperText(getTranslation("session-settings.auto-timeout-disabled.helper"));
        fields.values().forEach(field -> {
            field.setManualValidation(true);
            field.setStepButtonsVisible(false);
            field.addValueChangeListener(e -> showProblems(limits.refusals(candidate())));
        });
        banner.setId("session-settings-banner");
        banner.addClassName("form-error");
        banner.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-session-settings");
        show(policies.current());
        FormLayout form = new FormLayout(staleAfter, idleMinutes, idleWarning, autoTimeoutDisabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setMaxWidth("60em");
        add(
                new H1(getTranslation("menu.session-settings")),
                new Paragraph(getTranslation("session-settings.intro")),
                banner,
                form,
                save);
        sections.forEach(section -> add(section.create()));
    }

    void save() {
        banner.setVisible(false);
        SessionPolicy candidate = candidate();
        Map<Setting, ? extends RefusedException> problems = limits.refusals(candidate);
        showProblems(problems);
        if (!problems.isEmpty()) {
            return;
        }
        try {
            show(policies.change(candidate));
            Toasts.success(getTranslation("session-settings.saved"));
        } catch (SessionPolicyRefusedException refused) {
            showProblems(Map.of(refused.setting(), refused));
        } catch (RefusedException refused) {
            banner.setText(Refusals.text(refused));
            banner.setVisible(true);
        }
    }

    private SessionPolicy candidate() {
        return new SessionPolicy(
                seconds(staleAfter),
                idleMinutes.getValue() == null ? null : Duration.ofMinutes(idleMinutes.getValue()),
                autoTimeoutDisabled.getValue(),
                seconds(idleWarning),
                version);
    }

    private static Duration seconds(IntegerField field) {
        return field.getValue() == null ? null : Duration.ofSeconds(field.getValue());
    }

    /** Each problem beside its field, in the reader's language with its figures. */
    private void showProblems(Map<Setting, ? extends RefusedException> problems) {
        fields.forEach((setting, field) -> {
            RefusedException problem = problems.get(setting);
            field.setErrorMessage(problem == null ? null : Refusals.text(problem));
            field.setInvalid(problem != null);
        });
    }

    private void show(SessionPolicy policy) {
        staleAfter.setValue((int) policy.staleAfter().toSeconds());
        idleMinutes.setValue((int) policy.idleTimeout().toMinutes());
        idleWarning.setValue((int) policy.idleWarning().toSeconds());
        autoTimeoutDisabled.setValue(policy.autoTimeoutDisabled());
        version = policy.version();
        showProblems(Map.of());
    }
}
