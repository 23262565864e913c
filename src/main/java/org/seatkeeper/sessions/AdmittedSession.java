package org.seatkeeper.sessions;

import java.time.Instant;

/** A successful admission: the new session and the seat it holds. */
public record AdmittedSession(SessionId id, SeatKind seat, Instant loginTime) {}
