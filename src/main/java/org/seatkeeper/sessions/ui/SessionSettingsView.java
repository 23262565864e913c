package org.seatkeeper.sessions.ui;

import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.seatkeeper.sessions.SessionPolicies;
import org.seatkeeper.sessions.SessionPolicy;
import org.seatkeeper.shared.RefusedException;

/** The session settings (rules 9-11): stale threshold, idle timeout, seed 003's "disable auto timeout". */
@Route("session-settings")
@PageTitle("Session settings | Seatkeeper")
@Menu(title = "Session settings", order = 85, icon = "vaadin:timer")
@RolesAllowed("ADMIN")
class SessionSettingsView extends VerticalLayout {

    final IntegerField staleAfter = new IntegerField("Stale after no heartbeat for (seconds)");
    final IntegerField idleMinutes = new IntegerField("Idle timeout (minutes)");
    final Checkbox autoTimeoutDisabled = new Checkbox("Disable auto timeout");
    final Button save = new Button("Save", e -> save());
    private final SessionPolicies policies;
    private long version;

    SessionSettingsView(SessionPolicies policies) {
        this.policies = policies;
        long minimum = policies.heartbeatInterval().toSeconds() * 3;
        staleAfter.setMin((int) minimum);
        staleAfter.setMax(3600);
        staleAfter.setHelperText("Each open tab sends a heartbeat every " + policies.heartbeatInterval().toSeconds()
                + " s; at least " + minimum + " s.");
        idleMinutes.setMin(1);
        idleMinutes.setMax(24 * 60);
        idleMinutes.setHelperText("Time since the user's last action, not since the last heartbeat.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-session-settings");
        show(policies.current());
        add(new H2("Session settings"),
                new Paragraph("A stale session has no open tab or client; administrators may close it and a new sign-in"
                        + " of the same account replaces it. Idle sessions end after the timeout unless auto timeout"
                        + " is disabled; every ended session frees its seat at once."),
                new FormLayout(staleAfter, idleMinutes, autoTimeoutDisabled), save);
    }

    void save() {
        if (staleAfter.isInvalid() || idleMinutes.isInvalid() || staleAfter.getValue() == null
                || idleMinutes.getValue() == null) {
            Notification.show("Fill in both values within their ranges.").addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            show(policies.change(new SessionPolicy(Duration.ofSeconds(staleAfter.getValue()),
                    Duration.ofMinutes(idleMinutes.getValue()), autoTimeoutDisabled.getValue(), version)));
            Notification.show("Session settings saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(SessionPolicy policy) {
        staleAfter.setValue((int) policy.staleAfter().toSeconds());
        idleMinutes.setValue((int) policy.idleTimeout().toMinutes());
        autoTimeoutDisabled.setValue(policy.autoTimeoutDisabled());
        version = policy.version();
    }
}
