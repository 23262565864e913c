package org.seatkeeper.sessions;

import org.springframework.jdbc.core.JdbcTemplate;

/** Puts the pool rows into a known state; tests in one JVM share the database. */
final class PoolsFixture {

    private PoolsFixture() {
    }

    static void pools(JdbcTemplate jdbc, int fullAccess, int viewOnly, int reserved) {
        pools(jdbc, fullAccess, 0, viewOnly, 0, reserved, 0);
    }

    static void pools(JdbcTemplate jdbc, int fullCapacity, int fullInUse, int viewCapacity, int viewInUse,
                      int reservedCapacity, int reservedInUse) {
        set(jdbc, ConcurrentPool.FULL_ACCESS, fullCapacity, fullInUse);
        set(jdbc, ConcurrentPool.VIEW_ONLY, viewCapacity, viewInUse);
        set(jdbc, ConcurrentPool.RESERVED, reservedCapacity, reservedInUse);
    }

    private static void set(JdbcTemplate jdbc, ConcurrentPool pool, int capacity, int inUse) {
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = ?, in_use = ? WHERE kind = ?", capacity, inUse,
                pool.name());
    }
}
