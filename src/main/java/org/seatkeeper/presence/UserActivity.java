package org.seatkeeper.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.seatkeeper.sessions.SessionId;
import org.springframework.stereotype.Component;

/**
 * The user actions of the portal sessions on this node. Idle time is time since the last user action,
 * not since the last heartbeat (PRODUCT.md), so the two are counted apart: heartbeats tell the database
 * whether the user acted since the last one, and the idle countdown reads the last action to the second.
 */
@Component
class UserActivity {

    private final Clock clock;
    private final Set<SessionId> sinceHeartbeat = ConcurrentHashMap.newKeySet();
    private final Map<SessionId, Instant> lastAction = new ConcurrentHashMap<>();

    UserActivity(Clock clock) {
        this.clock = clock;
    }

    void acted(SessionId session) {
        lastAction.put(session, clock.instant());
        sinceHeartbeat.add(session);
    }

    /** Whether the user acted since the last call, and forgets it. */
    boolean consume(SessionId session) {
        return sinceHeartbeat.remove(session);
    }

    /** When the user last acted in a tab on this node, if known. */
    Optional<Instant> lastAction(SessionId session) {
        return Optional.ofNullable(lastAction.get(session));
    }

    /** Sets the last action, for a session first seen without one and for tests. */
    void actedAt(SessionId session, Instant at) {
        lastAction.put(session, at);
    }

    /** Forgets sessions that no longer have a tab on this node. */
    void retainOnly(Set<SessionId> sessions) {
        lastAction.keySet().retainAll(sessions);
        sinceHeartbeat.retainAll(sessions);
    }
}
