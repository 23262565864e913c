package org.seatkeeper.sessions;

/**
 * What closing a selection of sessions did: stale ones are closed; live ones are left, because their
 * tab or client is still open (rule 10); some may have ended meanwhile.
 */
public record ClosedSessions(int closed, int stillLive, int alreadyEnded) {}
