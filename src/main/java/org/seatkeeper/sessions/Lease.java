package org.seatkeeper.sessions;

import java.time.Duration;

/**
 * The terms on which a connected application holds a seat through the seat API: the session is live
 * while heartbeats arrive within {@code lease}, and reclaimed, its seat freed, once none has arrived
 * for {@code lease} plus {@code grace}.
 *
 * @param apiClientId the connected application; only it may renew or release the seat
 * @param reference   the application's own reference for its session, may be null
 */
public record Lease(long apiClientId, String reference, Duration lease, Duration grace) {

    public Lease {
        if (lease == null || lease.toSeconds() < 1) {
            throw new IllegalArgumentException("A lease lasts at least one second");
        }
        if (grace == null || grace.isNegative()) {
            throw new IllegalArgumentException("The grace period cannot be negative");
        }
        if (reference != null && reference.length() > 200) {
            throw new IllegalArgumentException("A session reference has at most 200 characters");
        }
    }

    Duration reclaimAfter() {
        return lease.plus(grace);
    }
}
