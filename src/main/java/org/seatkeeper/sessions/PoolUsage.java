package org.seatkeeper.sessions;

import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.UsageLevel;

/** Capacity and current use of one concurrent pool. */
public record PoolUsage(ConcurrentPool pool, int capacity, int inUse) {

    public PoolUsage {
        if (pool == null || capacity < 0 || inUse < 0) {
            throw new IllegalArgumentException("Invalid pool usage: " + pool + " " + inUse + " of " + capacity);
        }
    }

    /** Seats still free; never negative, even if a capacity was lowered by hand below use. */
    public int remaining() {
        return Math.max(0, capacity - inUse);
    }

    public boolean hasRoom() {
        return inUse < capacity;
    }

    /** Normal, nearly full, full or none bought, by the one rule of {@link UsageLevel}. */
    public UsageLevel level() {
        return UsageLevel.of(inUse, capacity);
    }

    /** "View-only 5 of 5 in use". */
    public String describe() {
        return pool.label() + " " + inUse + " of " + capacity + " in use";
    }
}
