package org.seatkeeper.sessions;

import java.util.EnumMap;
import java.util.Map;
import org.seatkeeper.directory.ConcurrentPool;

/** The three concurrent pools at one moment. Immutable: taking or releasing a seat gives a new one. */
public record PoolSnapshot(PoolUsage fullAccess, PoolUsage viewOnly, PoolUsage reserved) {

    public PoolSnapshot {
        if (fullAccess.pool() != ConcurrentPool.FULL_ACCESS
                || viewOnly.pool() != ConcurrentPool.VIEW_ONLY
                || reserved.pool() != ConcurrentPool.RESERVED) {
            throw new IllegalArgumentException("Pools out of place");
        }
    }

    /** Empty pools of the given capacities. */
    public static PoolSnapshot empty(int fullAccess, int viewOnly, int reserved) {
        return of(fullAccess, 0, viewOnly, 0, reserved, 0);
    }

    public static PoolSnapshot of(
            int fullCapacity, int fullInUse, int viewCapacity, int viewInUse, int reservedCapacity, int reservedInUse) {
        return new PoolSnapshot(
                new PoolUsage(ConcurrentPool.FULL_ACCESS, fullCapacity, fullInUse),
                new PoolUsage(ConcurrentPool.VIEW_ONLY, viewCapacity, viewInUse),
                new PoolUsage(ConcurrentPool.RESERVED, reservedCapacity, reservedInUse));
    }

    static PoolSnapshot of(Map<ConcurrentPool, PoolUsage> usage) {
        return new PoolSnapshot(
                usage.get(ConcurrentPool.FULL_ACCESS),
                usage.get(ConcurrentPool.VIEW_ONLY),
                usage.get(ConcurrentPool.RESERVED));
    }

    public PoolUsage usage(ConcurrentPool pool) {
        return switch (pool) {
            case FULL_ACCESS -> fullAccess;
            case VIEW_ONLY -> viewOnly;
            case RESERVED -> reserved;
        };
    }

    public int remaining(ConcurrentPool pool) {
        return usage(pool).remaining();
    }

    /** EXEMPT always has room: it takes no pool seat. */
    public boolean hasRoomFor(SeatKind seat) {
        return seat.pool().map(pool -> usage(pool).hasRoom()).orElse(true);
    }

    /** The pools after {@code seat} was taken. */
    public PoolSnapshot taking(SeatKind seat) {
        return adjusted(seat, +1);
    }

    /** The pools after {@code seat} was released. */
    public PoolSnapshot releasing(SeatKind seat) {
        return adjusted(seat, -1);
    }

    private PoolSnapshot adjusted(SeatKind seat, int delta) {
        if (seat.pool().isEmpty()) {
            return this;
        }
        Map<ConcurrentPool, PoolUsage> usage = new EnumMap<>(ConcurrentPool.class);
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            usage.put(pool, usage(pool));
        }
        PoolUsage before = usage.get(seat.pool().get());
        usage.put(before.pool(), new PoolUsage(before.pool(), before.capacity(), before.inUse() + delta));
        return of(usage);
    }

    /** As seed 004 prints it: "F: 1 remaining, V: 5 remaining, R: 1 remaining". */
    public String remainingFigures() {
        return "F: " + fullAccess.remaining() + " remaining, V: " + viewOnly.remaining() + " remaining, R: "
                + reserved.remaining() + " remaining";
    }

    @Override
    public String toString() {
        return fullAccess.describe() + ", " + viewOnly.describe() + ", " + reserved.describe();
    }
}
