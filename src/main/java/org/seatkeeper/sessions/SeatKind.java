package org.seatkeeper.sessions;

import java.util.Optional;
import org.seatkeeper.directory.ConcurrentPool;

/**
 * What one live session holds. OVERFLOW is a full-access user seated on the View-only pool because
 * the Full-access pool was full; EXEMPT (administrator and support accounts) holds no pool seat.
 */
public enum SeatKind {
    FULL(ConcurrentPool.FULL_ACCESS, "Full access"),
    VIEW_ONLY(ConcurrentPool.VIEW_ONLY, "View only"),
    OVERFLOW(ConcurrentPool.VIEW_ONLY, "Overflow (view only)"),
    RESERVED(ConcurrentPool.RESERVED, "Reserved"),
    EXEMPT(null, "Exempt – no licence");

    private final ConcurrentPool pool;
    private final String label;

    SeatKind(ConcurrentPool pool, String label) {
        this.pool = pool;
        this.label = label;
    }

    /** What a person reads: "Overflow (view only)", never the constant's name. */
    public String label() {
        return label;
    }

    /** The pool this seat is counted on; empty for EXEMPT. */
    public Optional<ConcurrentPool> pool() {
        return Optional.ofNullable(pool);
    }
}
