package org.seatkeeper.presence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.UIInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.seatkeeper.security.PortalSeat;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.HeartbeatReply;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.SessionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Connects each portal tab to its seat session: registers the tab, turns Vaadin's heartbeats into
 * seat heartbeats (live vs stale), and user requests into activity (idle time).
 * <p>
 * Client-to-server messages travel as plain requests (push transport WEBSOCKET_XHR), so every user
 * action passes {@link #requestStart}; heartbeats are separate requests and are not counted as actions.
 */
@Component
class PresenceWiring implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PresenceWiring.class);

    private final PortalTabs tabs;
    private final UserActivity activity;
    private final Admissions admissions;
    private final SignOutCountdowns countdowns;

    PresenceWiring(PortalTabs tabs, UserActivity activity, Admissions admissions, SignOutCountdowns countdowns) {
        this.tabs = tabs;
        this.activity = activity;
        this.admissions = admissions;
        this.countdowns = countdowns;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(this::tabOpened);
        event.addVaadinRequestInterceptor(this);
    }

    private void tabOpened(UIInitEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        PortalSeat seat = request == null ? null : seatOf(request);
        if (seat == null) {
            return;
        }
        UI ui = event.getUI();
        SessionId session = seat.sessionId();
        tabs.opened(session, ui);
        // Opening a tab is an action; the count is recorded now rather than at the first heartbeat, so
        // the administrators' list shows it from the first second.
        activity.acted(session);
        recordOpenTabs(session);
        ui.addDetachListener(e -> {
            tabs.closed(session, ui);
            recordOpenTabs(session);
        });
        ui.addHeartbeatListener(e -> heartbeat(session, ui));
    }

    private void recordOpenTabs(SessionId session) {
        try {
            admissions.recordOpenTabs(session, tabs.count(session));
        } catch (RuntimeException e) {
            // Only a figure for the administrators' list; the next heartbeat records it again.
            log.debug("Open tabs of session {} not recorded: {}", session, e.getMessage());
        }
    }

    void heartbeat(SessionId session, UI ui) {
        HeartbeatReply reply = admissions.heartbeat(session, activity.consume(session), tabs.count(session));
        switch (reply) {
            case CONTINUE -> {}
            case SIGN_OUT_REQUESTED -> {
                if (!countdowns.running(session)) {
                    countdowns.start(session);
                }
            }
            case ENDED -> TabEndings.sendToLogin(ui, endReason(session));
        }
    }

    /**
     * Why the session ended, as stored: the heartbeat may learn of an end (idle, closed by an
     * administrator) before the push that carries it, and the person should read the same reason either way.
     */
    private EndReason endReason(SessionId session) {
        SessionState state = admissions.statesOf(List.of(session)).get(session);
        return state == null || state.endReason() == null ? EndReason.EXPIRED : state.endReason();
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        if ("uidl".equals(request.getParameter("v-r"))) {
            PortalSeat seat = seatOf(request);
            if (seat != null) {
                activity.acted(seat.sessionId());
            }
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {}

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {}

    private static PortalSeat seatOf(VaadinRequest request) {
        return request.getUserPrincipal() instanceof Authentication authentication
                ? PortalSeat.of(authentication)
                : null;
    }
}
