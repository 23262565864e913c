package org.seatkeeper.presence;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.SessionState;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events reach only the node that made the change. When an administrator on another node closes a
 * session whose tabs are open here, or asks its user to sign out, this node learns it from the
 * database within {@code seatkeeper.presence.poll-every} (2 s) instead of at the tab's next
 * heartbeat, and ends the tabs or starts the countdown as if the change had been made here. One
 * query per poll for all of this node's signed-in sessions.
 */
@Component
class ChangesFromOtherNodes {

    private final PortalTabs tabs;
    private final Admissions admissions;
    private final TabEndings endings;
    private final SignOutCountdowns countdowns;
    private final Set<SessionId> ended = ConcurrentHashMap.newKeySet();

    ChangesFromOtherNodes(PortalTabs tabs, Admissions admissions, TabEndings endings, SignOutCountdowns countdowns) {
        this.tabs = tabs;
        this.admissions = admissions;
        this.endings = endings;
        this.countdowns = countdowns;
    }

    @Scheduled(
            fixedDelayString = "${seatkeeper.presence.poll-every:" + PresenceSettings.POLL_EVERY + "}",
            initialDelayString = "${seatkeeper.presence.poll-every:" + PresenceSettings.POLL_EVERY + "}")
    void poll() {
        Set<SessionId> here = tabs.sessions();
        if (here.isEmpty()) {
            return;
        }
        ended.retainAll(here);
        Map<SessionId, SessionState> states = admissions.statesOf(here);
        states.forEach((session, state) -> {
            if (state.ended()) {
                // A sign-out of one's own is seen to by the logout itself; other ends are told once.
                if (state.endReason() != EndReason.SIGNED_OUT && ended.add(session)) {
                    endings.endTabs(session, state.endReason());
                }
            } else if (state.signOutRequested() && !countdowns.running(session)) {
                countdowns.start(session);
            }
        });
    }
}
