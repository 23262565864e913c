package org.seatkeeper.sessions;

/** What ending a session needs to know of it: which seat to give back, and whose it was. */
record SeatHolder(SessionId id, long userId, String username, SeatKind seat) {}
