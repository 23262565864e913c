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

    final IntegerField staleAfter = new IntegerField("Stale after no heartbeat for (seconds)");
    final IntegerField idleMinutes = new IntegerField("Idle timeout (minutes)");
    final IntegerField idleWarning = new IntegerField("Warn before the idle timeout (seconds)");
    final Checkbox autoTimeoutDisabled = new Checkbox("Disable auto timeout");
    final Div banner = new Div();
    final Button save = new Button("Save", e -> save());
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
        staleAfter.setHelperText(limits.range(Setting.STALE_AFTER) + ". Each open tab sends a heartbeat every "
                + policies.heartbeatInterval().toSeconds() + " s.");
        idleMinutes.setHelperText(limits.range(Setting.IDLE_TIMEOUT) + ", counted from the user's last action.");
        idleWarning.setHelperText(limits.range(Setting.IDLE_WARNING) + ", and less than the idle timeout. The user"
                + " sees a countdown and can stay signed in.");
        autoTimeoutDisabled.setHelperText("Idle sessions are never ended, and no warning is shown.");
        fields.values().forEach(field -> {
            field.setManualValidation(true);
            field.setStepButtonsVisible(false);
            field.addValueChangeListener(e -> showProblems(limits.problems(candidate())));
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
                new H1("Session settings"),
                new Paragraph("A stale session has no open tab or client; administrators may close it and a new sign-in"
                        + " of the same account replaces it. Idle sessions end after the timeout unless auto timeout"
                        + " is disabled, after a countdown that lets the user stay; every ended session frees its"
                        + " seat at once."),
                banner,
                form,
                save);
        sections.forEach(section -> add(section.create()));
    }

    void save() {
        banner.setVisible(false);
        SessionPolicy candidate = candidate();
        Map<Setting, String> problems = limits.problems(candidate);
        showProblems(problems);
        if (!problems.isEmpty()) {
            return;
        }
        try {
            show(policies.change(candidate));
            Toasts.success("Session settings saved.");
        } catch (SessionPolicyRefusedException refused) {
            showProblems(Map.of(refused.setting(), Refusals.text(refused)));
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

    private void showProblems(Map<Setting, String> problems) {
        fields.forEach((setting, field) -> {
            String problem = problems.get(setting);
            field.setErrorMessage(problem);
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
