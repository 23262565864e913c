package org.seatkeeper.usage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a history that was not recorded here: the demo's 90 days and the benchmark's two years. Minutes
 * older than the minute retention go in as the hours the roll-up would have made of them, later ones as
 * minute rows wherever the figures changed, so the history reads as if recorded. Rows already there are
 * kept (INSERT IGNORE): writing twice changes nothing.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional
public class UsageBackfill {

    private final JdbcTemplate jdbc;
    private final UsageSettings settings;
    private final Clock clock;

    UsageBackfill(JdbcTemplate jdbc, UsageSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether any pool has history before this instant, minutes (written or still held in its row) or hours. */
    @Transactional(readOnly = true)
    public boolean recordedBefore(Instant instant) {
        Integer rows = jdbc.queryForObject(
                """
                SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM usage_minute WHERE minute_start < ? LIMIT 1) m)
                     + (SELECT COUNT(*) FROM (SELECT 1 FROM usage_hour WHERE hour_start < ? LIMIT 1) h)
                     + (SELECT COUNT(*) FROM seat_pool WHERE minute_start < ?)""",
                Integer.class,
                DatabaseTime.parameter(instant),
                DatabaseTime.parameter(instant),
                DatabaseTime.parameter(instant));
        return rows != null && rows > 0;
    }

    /**
     * A pool's minutes, consecutive and oldest first, each with its peak, capacity and refusals; the seats
     * in use at the end of a minute are taken to be its peak. The minutes before the first whole hour
     * older than the minute retention are summed up by the hour, so give whole hours there.
     */
    public void minutes(ConcurrentPool pool, List<UsagePoint> minutes) {
        if (minutes.isEmpty()) {
            return;
        }
        Instant cutOff = UsageSeries.hourOf(clock.instant().minus(settings.minuteRetention()));
        List<UsagePoint> old = new ArrayList<>();
        List<Object[]> minuteRows = new ArrayList<>();
        int closing = minutes.getFirst().peakInUse();
        int capacity = minutes.getFirst().capacity();
        for (UsagePoint minute : minutes) {
            if (minute.start().isBefore(cutOff)) {
                old.add(new UsagePoint(
                        minute.start(),
                        minute.peakInUse(),
                        minute.peakInUse(),
                        minute.capacity(),
                        UsagePoint.atCapacity(minute.peakInUse(), minute.capacity()) ? 1 : 0,
                        minute.denials()));
            } else if (minute.peakInUse() != closing
                    || minute.capacity() != capacity
                    || minute.denials() > 0
                    || minuteRows.isEmpty()) {
                minuteRows.add(new Object[] {
                    pool.name(),
                    DatabaseTime.parameter(minute.start()),
                    minute.peakInUse(),
                    closing,
                    minute.peakInUse(),
                    minute.capacity(),
                    minute.denials()
                });
            }
            closing = minute.peakInUse();
            capacity = minute.capacity();
        }
        jdbc.batchUpdate("""
                INSERT IGNORE INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity,
                    denials) VALUES (?, ?, ?, ?, ?, ?, ?)""", minuteRows);
        jdbc.batchUpdate("""
                INSERT IGNORE INTO usage_hour (pool, hour_start, peak_in_use, average_in_use, minutes_at_capacity, denials,
                    opening_in_use, closing_in_use, capacity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", hourRows(pool, old));
    }

    private static List<Object[]> hourRows(ConcurrentPool pool, List<UsagePoint> minutes) {
        List<Object[]> rows = new ArrayList<>();
        List<UsagePoint> hours = UsageSeries.hours(minutes);
        int at = 0;
        for (UsagePoint hour : hours) {
            int opening = minutes.get(Math.max(0, at - 1)).peakInUse();
            while (at < minutes.size()
                    && UsageSeries.hourOf(minutes.get(at).start()).equals(hour.start())) {
                at++;
            }
            rows.add(new Object[] {
                pool.name(),
                DatabaseTime.parameter(hour.start()),
                hour.peakInUse(),
                hour.averageInUse(),
                hour.minutesAtCapacity(),
                hour.denials(),
                opening,
                minutes.get(at - 1).peakInUse(),
                hour.capacity()
            });
        }
        return rows;
    }

    /** Named pots' days; a day already noted for a pot is kept. */
    public void potDays(List<PotDay> days) {
        jdbc.batchUpdate(
                """
                        INSERT IGNORE INTO pot_usage_day (pot_id, day, scope, pot_name, consumption, capacity)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                days.stream()
                        .map(d -> new Object[] {d.potId(), d.day(), d.scope(), d.name(), d.consumption(), d.capacity()})
                        .toList());
    }
}
