package org.seatkeeper.sessions;

import java.time.Instant;

/** Published inside the ending transaction, after the seat was released. */
public record SessionEnded(SessionId id, long userId, String username, SeatKind seat, EndReason reason, Instant at) {}
