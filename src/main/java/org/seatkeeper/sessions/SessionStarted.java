package org.seatkeeper.sessions;

import java.time.Instant;

/** Published inside the admitting transaction; listeners see it only once the session is committed. */
public record SessionStarted(
        SessionId id, long userId, String username, SeatKind seat, String client, String ip, Instant at) {}
