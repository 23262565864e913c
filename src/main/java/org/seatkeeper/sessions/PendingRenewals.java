package org.seatkeeper.sessions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lease renewals recorded but not yet written, one per seat: a seat renewed several times between two
 * flushes costs one UPDATE. The latest renewal wins, and an action of the user is kept until written
 * (a later renewal without one must not make the user look idle longer than they are).
 */
final class PendingRenewals {

    private final Map<Long, PendingRenewal> pending = new ConcurrentHashMap<>();

    void record(long sessionId, Instant at, boolean acted) {
        pending.merge(sessionId, new PendingRenewal(sessionId, at, acted ? at : null), PendingRenewal::and);
    }

    /**
     * Takes every pending renewal out, in the order of the seats' ids, so that flushes of several nodes
     * lock the rows they share in one order and never deadlock each other.
     */
    List<PendingRenewal> drain() {
        return pending.keySet().stream()
                .map(pending::remove)
                .filter(renewal -> renewal != null)
                .sorted(Comparator.comparingLong(PendingRenewal::sessionId))
                .toList();
    }

    /** Puts back renewals a flush could not write, merged with any recorded since. */
    void restore(List<PendingRenewal> unwritten) {
        unwritten.forEach(renewal -> pending.merge(renewal.sessionId(), renewal, PendingRenewal::and));
    }

    int size() {
        return pending.size();
    }

    /**
     * @param actedAt the latest renewal that said the user acted, or null when none did
     */
    record PendingRenewal(long sessionId, Instant at, Instant actedAt) {

        boolean acted() {
            return actedAt != null;
        }

        PendingRenewal and(PendingRenewal other) {
            return new PendingRenewal(sessionId, latest(at, other.at), latest(actedAt, other.actedAt));
        }

        private static Instant latest(Instant a, Instant b) {
            if (a == null) {
                return b;
            }
            return b == null || a.isAfter(b) ? a : b;
        }
    }
}
