package org.seatkeeper.sessions;

import java.time.Instant;

/**
 * An administrator asked the user of a live session to sign out (rule 10). Published in the
 * transaction; a live feed pushes it to that user's UI after commit, and heartbeats repeat it.
 */
public record SignOutRequested(SessionId id, long userId, String username, String requestedBy, Instant at) {}
