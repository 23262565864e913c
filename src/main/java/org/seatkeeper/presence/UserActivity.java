package org.seatkeeper.presence;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.seatkeeper.sessions.SessionId;
import org.springframework.stereotype.Component;

/**
 * Which sessions' users acted since their last heartbeat. Idle time is time since the last user
 * action, not since the last heartbeat (PRODUCT.md), so the two are counted apart.
 */
@Component
class UserActivity {

    private final Set<SessionId> acted = ConcurrentHashMap.newKeySet();

    void acted(SessionId session) {
        acted.add(session);
    }

    /** Whether the user acted since the last call, and forgets it. */
    boolean consume(SessionId session) {
        return acted.remove(session);
    }
}
