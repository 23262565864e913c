package org.seatkeeper.sessions;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.seatkeeper.directory.ConcurrentPool;

/**
 * The usage history's running minute (rule 15), kept in each pool's own {@code seat_pool} row by the very
 * UPDATE that changes the pool: every UPDATE of seat_pool this application issues carries
 * {@link #assignments} in its SET clause and is followed, in the same procedure or compound statement, by
 * {@link #ifOver}. No trigger: MariaDB charged about 20 µs of CPU per admission for running one at all
 * (docs/decisions/0015-usage-history.md). Within the minute held, the UPDATE only raises the peak; the
 * first change of a later minute leaves the minute held as it was and the procedure
 * {@code usage_minute_over} (changeset 025) writes it to {@code usage_minute} and starts the new one from
 * the figure before the change (so a release early in a minute still shows the seats held until then),
 * under the same row lock, in the same transaction: once, never twice.
 * <p>
 * The assignments are short on purpose: they were written for compound statements, which MariaDB parses at
 * every execution, every branch; the take and the release are stored procedures now ({@link SeatProcedure}),
 * parsed once per connection, but a capacity change is still a compound statement.
 */
final class RunningMinute {

    /**
     * The one text of the assignments. {@code @usage_held} remembers for the rest of the statement whether
     * the minute the row holds is the database's current one: 1 on the path almost every admission takes, 0
     * when it is over, NULL when none is held. No assignment reads a column assigned before it, so the
     * figures are the ones before the change whether MariaDB assigns left to right (its default) or
     * simultaneously (sql_mode SIMULTANEOUS_ASSIGNMENT). Slot: in_use after the change.
     */
    private static final String PEAK =
            "minute_peak = IF(@usage_held := minute_start > UTC_TIMESTAMP() - INTERVAL 1 MINUTE,"
                    + " GREATEST(minute_peak, %s), minute_peak)";

    /** Slot: refusals to count in the minute held; a minute over starts with them instead. */
    private static final String REFUSALS = ", minute_denials = minute_denials + IF(@usage_held, %d, 0)";

    private RunningMinute() {}

    /**
     * The SET clause's assignments for a change that leaves {@code inUseAfter} seats in use (an expression
     * over the row's in_use before the change) and counts {@code refusals} refused sign-ins; the caller's
     * own assignments (in_use, capacity) follow them.
     */
    static String assignments(String inUseAfter, int refusals) {
        return PEAK.formatted(inUseAfter) + (refusals == 0 ? "" : REFUSALS.formatted(refusals));
    }

    /**
     * After an UPDATE that changed that pool's row, in the same block: when the minute held was
     * over (or none was held), writes it out and starts this one. Only after an UPDATE that matched the row:
     * {@code @usage_held} is otherwise left from an earlier statement on the connection.
     *
     * @param pool           a quoted pool name, a {@code ?} placeholder or a procedure's parameter
     * @param inUseChange    what the change added to in_use
     * @param capacityBefore the capacity before the change when the change was the capacity, else "NULL"
     */
    static String ifOver(String pool, int inUseChange, String capacityBefore, int refusals) {
        return "IF NOT (@usage_held <=> 1) THEN CALL usage_minute_over(" + pool + ", " + inUseChange + ", "
                + capacityBefore + ", " + refusals + ", NULL); END IF;";
    }

    static String ifOver(ConcurrentPool pool, int inUseChange, int refusals) {
        return ifOver("'" + pool.name() + "'", inUseChange, "NULL", refusals);
    }

    /**
     * Writes out the minute every pool holds that started before the one parameter (a DATETIME in UTC,
     * given once per pool) and starts none: what the roll-up does before summing old minutes, and tests
     * before reading usage_minute.
     */
    static final String WRITE_OUT_HELD_BEFORE = Arrays.stream(ConcurrentPool.values())
            .map(pool -> "  CALL usage_minute_over('" + pool.name() + "', 0, NULL, NULL, ?);\n")
            .collect(Collectors.joining("", "BEGIN NOT ATOMIC\n", "END"));

    static final int POOLS = ConcurrentPool.values().length;
}
