package org.seatkeeper.testing;

import org.seatkeeper.sessions.RunningMinutes;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one pools fixture: sets the concurrent pools, both what was purchased (the directory's
 * concurrent_pool_capacity) and the live pools seats are taken from (seat_pool), as support would and
 * the application then follows. Call it before opening sessions: seats said to be in use here are held
 * by no session.
 */
public final class TestPools {

    private TestPools() {}

    /** Capacities with nothing in use. */
    public static void set(JdbcTemplate jdbc, int fullAccess, int viewOnly, int reserved) {
        set(jdbc, fullAccess, 0, viewOnly, 0, reserved, 0);
    }

    public static void set(
            JdbcTemplate jdbc,
            int fullCapacity,
            int fullInUse,
            int viewCapacity,
            int viewInUse,
            int reservedCapacity,
            int reservedInUse) {
        pool(jdbc, "FULL_ACCESS", fullCapacity, fullInUse);
        pool(jdbc, "VIEW_ONLY", viewCapacity, viewInUse);
        pool(jdbc, "RESERVED", reservedCapacity, reservedInUse);
    }

    /** Seats in use on FULL_ACCESS, VIEW_ONLY or RESERVED, as the database counts them. */
    public static int inUse(JdbcTemplate jdbc, String pool) {
        return jdbc.queryForObject("SELECT in_use FROM seat_pool WHERE kind = ?", Integer.class, pool);
    }

    /**
     * Writes the minute each pool's row still holds (changeset 022) to usage_minute, as the pool's first change
     * in a later minute, or the roll-up, would: for tests that read usage_minute directly.
     */
    public static void writeHeldMinutes(JdbcTemplate jdbc) {
        RunningMinutes.writeOut(jdbc);
    }

    /**
     * Moves the minute every pool's row holds this far into the past, as if that much time had gone by
     * since the pool last changed: the pool's next change then finds its minute over.
     */
    public static void ageHeldMinutes(JdbcTemplate jdbc, java.time.Duration by) {
        jdbc.update(
                "UPDATE seat_pool SET minute_start = minute_start - INTERVAL ? SECOND WHERE minute_start IS NOT NULL",
                by.toSeconds());
    }

    /** No usage history at all: no minute written, none held in a pool's row. */
    public static void forgetMinutes(JdbcTemplate jdbc) {
        writeHeldMinutes(jdbc);
        jdbc.update("DELETE FROM usage_minute");
    }

    private static void pool(JdbcTemplate jdbc, String kind, int capacity, int inUse) {
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = ?, in_use = ? WHERE kind = ?", capacity, inUse, kind);
        jdbc.update("UPDATE concurrent_pool_capacity SET capacity = ? WHERE kind = ?", capacity, kind);
    }
}
