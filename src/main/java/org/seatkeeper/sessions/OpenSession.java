package org.seatkeeper.sessions;

import java.time.Instant;

/**
 * One session that has not ended, as an administrator's list shows it (seed 002): login time and idle
 * seconds, plus whether its client still sends heartbeats.
 *
 * @param live        a heartbeat arrived within the stale threshold: its tab or client is still open
 * @param idleSeconds seconds since the last user action (not since the last heartbeat)
 * @param signOutRequested an administrator asked this user to sign out (rule 10)
 * @param openTabs    browser tabs of a portal session at its last heartbeat; null when not known
 * @param reference   a connected application's own reference for the session; null for the portal
 */
public record OpenSession(
        SessionId id,
        long userId,
        String username,
        String displayName,
        SeatKind seat,
        String client,
        String ip,
        String browser,
        String node,
        Instant loginTime,
        Instant lastActivity,
        Instant lastHeartbeat,
        boolean live,
        long idleSeconds,
        boolean signOutRequested,
        Integer openTabs,
        String reference) {

    public boolean stale() {
        return !live;
    }
}
