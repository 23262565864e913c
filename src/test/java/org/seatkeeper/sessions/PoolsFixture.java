package org.seatkeeper.sessions;

import org.springframework.jdbc.core.JdbcTemplate;

/** Puts the pool rows into a known state; tests in one JVM share the database. */
final class PoolsFixture {

    private PoolsFixture() {
    }

    static void pools(JdbcTemplate jdbc, int fullAccess, int viewOnly, int reserved) {
        pools(jdbc, fullAccess, 0, viewOnly, 0, reserved, 0);
    }

    /**
     * Ends every open session left by earlier tests (so none holds a seat, gets swept or is named as a
     * seat holder), then sets the pools.
     */
    static void pools(JdbcTemplate jdbc, int fullCapacity, int fullInUse, int viewCapacity, int viewInUse,
                      int reservedCapacity, int reservedInUse) {
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT'"
                + " WHERE ended_at IS NULL");
        set(jdbc, ConcurrentPool.FULL_ACCESS, fullCapacity, fullInUse);
        set(jdbc, ConcurrentPool.VIEW_ONLY, viewCapacity, viewInUse);
        set(jdbc, ConcurrentPool.RESERVED, reservedCapacity, reservedInUse);
    }

    private static void set(JdbcTemplate jdbc, ConcurrentPool pool, int capacity, int inUse) {
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = ?, in_use = ? WHERE kind = ?", capacity, inUse,
                pool.name());
        jdbc.update("UPDATE concurrent_pool_capacity SET capacity = ? WHERE kind = ?", capacity, pool.name());
    }
}
