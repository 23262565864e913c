package org.seatkeeper.sessions;

import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.Term;

/**
 * The bundle keys of the pools' and seats' names, so every view says "Full-access" or "Full åtkomst"
 * in the reader's language rather than the English label the enums carry for logs and the API.
 */
public final class PoolNames {

    private PoolNames() {}

    /** The key of a concurrent pool's name. */
    public static String key(ConcurrentPool pool) {
        return pool.phrase().key(); // the directory's word for it, so every view says the same
    }

    /** A pool's name as a refusal's argument: the reader's word for it, or its English label. */
    public static Term term(ConcurrentPool pool) {
        return new Term(key(pool), pool.label());
    }

    /** The key of what a session holds: "Full access", "Overflow (view only)". */
    public static String key(SeatKind seat) {
        return switch (seat) {
            case FULL -> "sessions.seat.full";
            case VIEW_ONLY -> "sessions.seat.view-only";
            case OVERFLOW -> "sessions.seat.overflow";
            case RESERVED -> "sessions.seat.reserved";
            case EXEMPT -> "sessions.seat.exempt";
        };
    }
}
