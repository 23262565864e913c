package org.seatkeeper.seats;

import java.time.Instant;

/** An application's token was revoked; published inside the revoking transaction. */
record ApiClientRevoked(long clientId, Instant at) {}
