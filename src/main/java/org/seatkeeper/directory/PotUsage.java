package org.seatkeeper.directory;

import org.seatkeeper.shared.UsageLevel;

/** One named pot with its figures: capacity purchased, in use (computed from users), free. */
public record PotUsage(long potId, PotName name, int capacity, int inUse) {

    public PotScope scope() {
        return name.scope();
    }

    /** The English name, for the API, logs and the usage history. */
    public String label() {
        return name.label();
    }

    public int free() {
        return Math.max(0, capacity - inUse);
    }

    public boolean full() {
        return inUse >= capacity;
    }

    /** Normal, nearly full, full or none bought, by the one rule of {@link UsageLevel}. */
    public UsageLevel level() {
        return UsageLevel.of(inUse, capacity);
    }
}
