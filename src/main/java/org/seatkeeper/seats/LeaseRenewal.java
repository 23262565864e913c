package org.seatkeeper.seats;

import java.time.Instant;

/**
 * The answer to a heartbeat.
 *
 * @param signOutRequested an administrator asked the user to sign out (rule 10): tell the user, then
 *                         release the seat; it is reclaimed at {@code signOutBy} otherwise
 */
record LeaseRenewal(long seatId, long leaseSeconds, boolean signOutRequested, Instant signOutBy) {}
