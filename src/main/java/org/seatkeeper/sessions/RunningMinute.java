package org.seatkeeper.sessions;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.seatkeeper.directory.ConcurrentPool;

/**
 * The usage history's running minute (rule 15), kept in each pool's own {@code seat_pool} row by the very
 * UPDATE that changes the pool: every UPDATE of seat_pool this application issues carries
 * {@link #assignments} in its SET clause and is followed, in the same compound statement, by
 * {@link #writeOutIfEnded}. No trigger: MariaDB charged about 20 µs of CPU per admission for running one
 * at all (docs/decisions/0015-usage-history.md). Within the minute held, only the peak rises; the first
 * change of a later minute moves the minute held into the row's {@code ended_*} columns and starts the
 * new one from the figures before the change (so a release early in a minute still shows the seats held
 * until then), and the procedure {@code usage_write_out} (changeset 025) writes those columns to
 * {@code usage_minute} under the same row lock, in the same transaction: once, never twice.
 */
final class RunningMinute {

    /** The minute the row holds is the database's current one (false, too, when it holds none). */
    private static final String MINUTE_HELD = "minute_start > UTC_TIMESTAMP() - INTERVAL 1 MINUTE";

    private static final String THIS_MINUTE = "DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00')";

    /**
     * The one text of the assignments, placed before the pool's own change in the SET clause. No assignment
     * reads a column assigned before it, so in_use and capacity are the figures before the change whether
     * MariaDB assigns left to right (its default) or simultaneously (sql_mode SIMULTANEOUS_ASSIGNMENT).
     * {@code @usage_held} remembers for the rest of the statement whether the minute was still held: 1 on the
     * path almost every admission takes, 0 when the minute held just ended, NULL when none was held.
     * Slots: the held test, the minute to start, in_use after the change, refusals to add.
     */
    private static final String ASSIGNMENTS = """
            ended_start = IF(@usage_held := %1$s, ended_start, minute_start),
            ended_opening = IF(@usage_held, ended_opening, minute_opening),
            ended_peak = IF(@usage_held, ended_peak, minute_peak),
            ended_closing = IF(@usage_held, ended_closing, in_use),
            ended_capacity = IF(@usage_held, ended_capacity, capacity),
            ended_denials = IF(@usage_held, ended_denials, minute_denials),
            minute_start = IF(@usage_held, minute_start, %2$s),
            minute_opening = IF(@usage_held, minute_opening, in_use),
            minute_peak = GREATEST(IF(@usage_held, minute_peak, in_use), %3$s),
            minute_denials = IF(@usage_held, minute_denials, 0) + %4$d""";

    private RunningMinute() {}

    /**
     * The SET clause's assignments for a change that leaves {@code inUseAfter} seats in use (an expression
     * over the row's in_use before the change) and adds {@code refusals} refused sign-ins; the caller's own
     * assignments (in_use, capacity) follow them.
     */
    static String assignments(String inUseAfter, int refusals) {
        return ASSIGNMENTS.formatted(MINUTE_HELD, THIS_MINUTE, inUseAfter, refusals);
    }

    /**
     * After the UPDATE of that pool's row, in the same compound statement: writes the minute it ended, if
     * it ended one. {@code pool} is a quoted name or a {@code ?} placeholder.
     */
    static String writeOutIfEnded(String pool) {
        return "IF @usage_held = 0 THEN CALL usage_write_out(" + pool + "); END IF;";
    }

    static String writeOutIfEnded(ConcurrentPool pool) {
        return writeOutIfEnded("'" + pool.name() + "'");
    }

    /**
     * Ends the minute every pool holds that started before the one parameter (a DATETIME in UTC) and writes
     * it out, starting none: what the roll-up does before summing old minutes, and tests before reading
     * usage_minute. Runs in the caller's transaction.
     */
    static final String WRITE_OUT_HELD_BEFORE = "BEGIN NOT ATOMIC\n  UPDATE seat_pool SET "
            + ASSIGNMENTS.formatted("FALSE", "NULL", "in_use", 0)
            + "\n  WHERE minute_start < ?;\n"
            + Arrays.stream(ConcurrentPool.values())
                    .map(pool -> "  CALL usage_write_out('" + pool.name() + "');\n")
                    .collect(Collectors.joining())
            + "END";
}
