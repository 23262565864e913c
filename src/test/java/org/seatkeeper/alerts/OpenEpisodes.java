package org.seatkeeper.alerts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.jdbc.core.JdbcTemplate;

/** Alert episodes written straight into the database, for the views' tests. */
public final class OpenEpisodes {

    private OpenEpisodes() {}

    /** Full-access at 5 of 5 since ten minutes ago, open and not acknowledged; returns its id. */
    public static long fullAccessAtCapacity(JdbcTemplate jdbc) {
        Instant since = Instant.now().minus(10, ChronoUnit.MINUTES);
        jdbc.update("""
                INSERT INTO alert_episode (pool, kind, began_at, raised_at, in_use, capacity, refusals, percent, minutes)
                VALUES ('FULL_ACCESS', 'HIGH_USE', ?, ?, 5, 5, 0, 90, 5)""", DatabaseTime.parameter(since), DatabaseTime.parameter(since.plus(5, ChronoUnit.MINUTES)));
        return jdbc.queryForObject("SELECT MAX(id) FROM alert_episode", Long.class);
    }
}
