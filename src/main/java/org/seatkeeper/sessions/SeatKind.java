package org.seatkeeper.sessions;

import java.util.Optional;

/**
 * What one live session holds. OVERFLOW is a full-access user seated on the View-only pool because
 * the Full-access pool was full; EXEMPT (administrator and support accounts) holds no pool seat.
 */
public enum SeatKind {
    FULL(ConcurrentPool.FULL_ACCESS),
    VIEW_ONLY(ConcurrentPool.VIEW_ONLY),
    OVERFLOW(ConcurrentPool.VIEW_ONLY),
    RESERVED(ConcurrentPool.RESERVED),
    EXEMPT(null);

    private final ConcurrentPool pool;

    SeatKind(ConcurrentPool pool) {
        this.pool = pool;
    }

    /** The pool this seat is counted on; empty for EXEMPT. */
    public Optional<ConcurrentPool> pool() {
        return Optional.ofNullable(pool);
    }
}
