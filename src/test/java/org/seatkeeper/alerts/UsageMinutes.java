package org.seatkeeper.alerts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.testing.TestPools;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A recorded history of minutes for the alert tests, set half an hour in the past so that a test never
 * straddles the minute in progress: {@link #at(int)} is the evaluation's "now", minute by minute.
 */
public final class UsageMinutes {

    private final JdbcTemplate jdbc;
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(30, ChronoUnit.MINUTES);

    /** Full-access 5 seats, 5 View-only, 2 Reserved, nothing recorded yet. */
    public UsageMinutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        TestPools.set(jdbc, 5, 5, 2);
        jdbc.update("DELETE FROM usage_minute");
    }

    /** The instant 20 seconds into the given minute from the start. */
    public Instant at(int minute) {
        return start.plus(minute, ChronoUnit.MINUTES).plusSeconds(20);
    }

    /** Records minutes {@code from}, {@code from + 1}, ... of the Full-access pool with these peaks. */
    public UsageMinutes fullAccess(int from, int capacity, int denials, int... peaks) {
        for (int i = 0; i < peaks.length; i++) {
            record("FULL_ACCESS", from + i, peaks[i], capacity, denials);
        }
        return this;
    }

    public void record(String pool, int minute, int peak, int capacity, int denials) {
        jdbc.update(
                """
                INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                pool,
                DatabaseTime.parameter(start.plus(minute, ChronoUnit.MINUTES)),
                peak,
                peak,
                peak,
                capacity,
                denials);
    }
}
