package org.seatkeeper.presence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.SessionEnded;
import org.seatkeeper.sessions.SessionId;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a session ends for any reason but the user's own sign-out, its open tabs on this node say why
 * and return to the login view (rule 11). Tabs on other nodes learn it at their next heartbeat.
 */
@Component
class TabEndings {

    private final PortalTabs tabs;

    TabEndings(PortalTabs tabs) {
        this.tabs = tabs;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionEnded ended) {
        if (ended.reason() != EndReason.SIGNED_OUT) {
            endTabs(ended.id(), ended.reason());
        }
    }

    void endTabs(SessionId session, EndReason reason) {
        for (UI ui : tabs.of(session)) {
            ui.access(() -> sendToLogin(ui, reason));
        }
    }

    /**
     * Signs the tab's browser session out and shows the login view with the reason. The security
     * context is removed rather than the HTTP session invalidated: invalidating would cut the push
     * that carries the redirect, and would run the seat release again inside this commit's callback.
     */
    static void sendToLogin(UI ui, EndReason reason) {
        Notification.show(ui.getTranslation(reason.explanationKey()), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        VaadinSession session = ui.getSession();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        ui.getPage().setLocation("login?ended=" + reason.word());
    }
}
