package org.seatkeeper.sessions;

import java.time.Instant;

/** What a connected application is told when it renews or releases a leased seat. */
public sealed interface LeaseReply {

    /**
     * The seat is held for another lease.
     *
     * @param signOutBy when an administrator asked the user to sign out (rule 10): the moment the seat
     *                  will be reclaimed unless released first; null otherwise
     */
    record Renewed(SessionId id, long leaseSeconds, Instant signOutBy) implements LeaseReply {}

    /** The seat was released by this call. */
    record Released(SessionId id, String username) implements LeaseReply {}

    /** The session had already ended, for this reason: the application must sign its user out. */
    record Ended(SessionId id, EndReason reason, Instant at) implements LeaseReply {}

    /** No seat with this id was given to this application. */
    record Unknown(SessionId id) implements LeaseReply {}
}
