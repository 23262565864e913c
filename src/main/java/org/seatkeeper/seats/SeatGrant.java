package org.seatkeeper.seats;

import java.time.Instant;

/**
 * A seat granted to a connected application.
 *
 * @param leaseSeconds renew within this many seconds ({@code POST /api/v1/seats/{id}/heartbeat})
 * @param graceSeconds after the lease plus this, a seat without heartbeats is reclaimed
 */
record SeatGrant(long seatId, String seatKind, long leaseSeconds, long graceSeconds, Instant loginTime) {}
