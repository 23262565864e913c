package org.seatkeeper.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.PoolUsage;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the usage history: a pool's minutes or hours over a period, every step filled by the
 * carry-forward rule ({@link UsageSeries}), and the named pots' days. Administrators and connected
 * applications, like the licence usage.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.API_CLIENT + "')")
@Transactional(readOnly = true)
public class UsageHistory {

    /** The longest period of one series: a week of minutes (10,080 points), two years and a day of hours. */
    public static final Duration LONGEST_MINUTES = Duration.ofDays(7);

    public static final Duration LONGEST_HOURS = Duration.ofDays(731);

    private final JdbcClient jdbc;
    private final SeatPools pools;
    private final Clock clock;

    UsageHistory(JdbcClient jdbc, SeatPools pools, Clock clock) {
        this.jdbc = jdbc;
        this.pools = pools;
        this.clock = clock;
    }

    /**
     * Every minute or hour of the pool from {@code from} (rounded down to the step) until {@code to}
     * (rounded up), never past the current step.
     *
     * @throws RefusedException when the period is empty, reversed or longer than the resolution allows
     */
    public List<UsagePoint> series(ConcurrentPool pool, Instant from, Instant to, Resolution resolution) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(resolution, "resolution");
        if (from == null || to == null || !from.isBefore(to)) {
            throw new RefusedException(UsageRefusal.PERIOD_REVERSED);
        }
        Duration longest = resolution == Resolution.MINUTE ? LONGEST_MINUTES : LONGEST_HOURS;
        if (Duration.between(from, to).compareTo(longest) > 0) {
            throw new RefusedException(
                    resolution == Resolution.MINUTE ? UsageRefusal.MINUTES_TOO_LONG : UsageRefusal.HOURS_TOO_LONG,
                    longest.toDays());
        }
        Instant start = floor(from, resolution);
        Instant end = min(ceil(to, resolution), ceil(clock.instant(), resolution));
        if (!start.isBefore(end)) {
            return List.of();
        }
        return resolution == Resolution.MINUTE ? minutes(pool, start, end) : hours(pool, start, end);
    }

    /** Each named pot's days from {@code from} to {@code to}, both included: by day, then by pot. */
    public List<PotDay> potDays(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT day, pot_id, scope, pot_name, consumption, capacity FROM pot_usage_day
                        WHERE day BETWEEN ? AND ? ORDER BY day, pot_id""")
                .params(from, to)
                .query((rs, n) -> new PotDay(
                        rs.getObject("day", LocalDate.class),
                        rs.getLong("pot_id"),
                        rs.getString("scope"),
                        rs.getString("pot_name"),
                        rs.getInt("consumption"),
                        rs.getInt("capacity")))
                .list();
    }

    private List<UsagePoint> minutes(ConcurrentPool pool, Instant from, Instant to) {
        Instant end = min(to, ceil(clock.instant(), Resolution.MINUTE));
        if (!from.isBefore(end)) {
            return List.of();
        }
        Optional<UsageSeries.Recorded> running = runningMinute(pool);
        return UsageSeries.fill(
                from,
                end,
                Resolution.MINUTE.step(),
                minuteRows(pool, from, end, running),
                stateBefore(pool, from, running),
                stateAfter(pool, end, running));
    }

    /**
     * Hours before the oldest minute still kept come from the rolled-up hours, later ones are summed up
     * from the minutes.
     */
    private List<UsagePoint> hours(ConcurrentPool pool, Instant from, Instant to) {
        Instant boundary = oldestMinute(pool)
                .map(UsageSeries::hourOf)
                .map(b -> max(from, min(b, to)))
                .orElse(to);
        List<UsagePoint> points = new ArrayList<>();
        if (from.isBefore(boundary)) {
            Optional<UsageSeries.Recorded> running = runningMinute(pool);
            points.addAll(UsageSeries.fill(
                    from,
                    boundary,
                    Resolution.HOUR.step(),
                    rows(Table.HOUR, pool, from, boundary),
                    stateBefore(pool, from, running),
                    stateAfter(pool, boundary, running)));
        }
        if (boundary.isBefore(to)) {
            points.addAll(UsageSeries.hours(minutes(pool, boundary, to)));
        }
        return points;
    }

    /** The two tables of history, read alike. */
    private enum Table {
        MINUTE("usage_minute", "minute_start", "peak_in_use", "IF(capacity > 0 AND peak_in_use >= capacity, 1, 0)"),
        HOUR("usage_hour", "hour_start", "average_in_use", "minutes_at_capacity");

        final String name;
        final String start;
        final String average;
        final String atCapacity;

        Table(String name, String start, String average, String atCapacity) {
            this.name = name;
            this.start = start;
            this.average = average;
            this.atCapacity = atCapacity;
        }

        String select() {
            return "SELECT " + start + " AS start, peak_in_use, " + average + " AS average, " + atCapacity
                    + " AS at_capacity, denials, opening_in_use, closing_in_use, capacity FROM " + name
                    + " WHERE pool = ? ";
        }
    }

    private List<UsageSeries.Recorded> rows(Table table, ConcurrentPool pool, Instant from, Instant to) {
        return jdbc.sql(table.select() + "AND " + table.start + " >= ? AND " + table.start + " < ? ORDER BY "
                        + table.start)
                .params(pool.name(), DatabaseTime.parameter(from), DatabaseTime.parameter(to))
                .query(UsageHistory::recorded)
                .list();
    }

    private Optional<UsageSeries.Recorded> last(Table table, ConcurrentPool pool, Instant before) {
        return jdbc.sql(table.select() + "AND " + table.start + " < ? ORDER BY " + table.start + " DESC LIMIT 1")
                .params(pool.name(), DatabaseTime.parameter(before))
                .query(UsageHistory::recorded)
                .optional();
    }

    private Optional<UsageSeries.Recorded> first(Table table, ConcurrentPool pool, Instant atOrAfter) {
        return jdbc.sql(table.select() + "AND " + table.start + " >= ? ORDER BY " + table.start + " LIMIT 1")
                .params(pool.name(), DatabaseTime.parameter(atOrAfter))
                .query(UsageHistory::recorded)
                .optional();
    }

    /**
     * The minute the pool's row still holds (changeset 022): the last minute it changed in, not yet written
     * to usage_minute. Read in this class's transaction, whose snapshot the minute rows share, so a minute
     * written out in between is seen in one place or the other, never both or neither.
     */
    private Optional<UsageSeries.Recorded> runningMinute(ConcurrentPool pool) {
        return jdbc.sql("""
                        SELECT minute_start AS start, minute_peak AS peak_in_use, minute_peak AS average,
                            IF(capacity > 0 AND minute_peak >= capacity, 1, 0) AS at_capacity, minute_denials AS denials,
                            minute_opening AS opening_in_use, in_use AS closing_in_use, capacity
                        FROM seat_pool WHERE kind = ? AND minute_start IS NOT NULL""").param(pool.name()).query(UsageHistory::recorded).optional();
    }

    private List<UsageSeries.Recorded> minuteRows(
            ConcurrentPool pool, Instant from, Instant to, Optional<UsageSeries.Recorded> running) {
        return UsageSeries.withRunning(
                rows(Table.MINUTE, pool, from, to),
                running.filter(minute ->
                        !minute.start().isBefore(from) && minute.start().isBefore(to)));
    }

    /** What the last row before this instant closed with, minute or hour, if any is kept. */
    private UsageSeries.State stateBefore(
            ConcurrentPool pool, Instant instant, Optional<UsageSeries.Recorded> running) {
        Optional<UsageSeries.Recorded> minute = UsageSeries.later(
                last(Table.MINUTE, pool, instant), running.filter(r -> r.start().isBefore(instant)));
        return Stream.of(minute, last(Table.HOUR, pool, instant))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(UsageSeries.Recorded::start))
                .map(UsageSeries.Recorded::closing)
                .orElse(null);
    }

    /** What the first row from this instant on opened with, or the pool now when nothing changed since. */
    private UsageSeries.State stateAfter(ConcurrentPool pool, Instant instant, Optional<UsageSeries.Recorded> running) {
        Optional<UsageSeries.Recorded> minute = UsageSeries.earlier(
                first(Table.MINUTE, pool, instant),
                running.filter(r -> !r.start().isBefore(instant)));
        return Stream.of(minute, first(Table.HOUR, pool, instant))
                .flatMap(Optional::stream)
                .min(Comparator.comparing(UsageSeries.Recorded::start))
                .map(UsageSeries.Recorded::opening)
                .orElseGet(() -> {
                    PoolUsage now = pools.snapshot().usage(pool);
                    return new UsageSeries.State(now.inUse(), now.capacity());
                });
    }

    private Optional<Instant> oldestMinute(ConcurrentPool pool) {
        return jdbc.sql("""
                        SELECT LEAST(COALESCE(stored, held), COALESCE(held, stored)) AS oldest FROM (SELECT
                            (SELECT MIN(minute_start) FROM usage_minute WHERE pool = ?) AS stored,
                            (SELECT minute_start FROM seat_pool WHERE kind = ?) AS held) minutes""")
                .params(pool.name(), pool.name())
                .query((rs, n) -> Optional.ofNullable(DatabaseTime.instant(rs, "oldest")))
                .single();
    }

    private static UsageSeries.Recorded recorded(ResultSet rs, int n) throws SQLException {
        return new UsageSeries.Recorded(
                DatabaseTime.instant(rs, "start"),
                rs.getInt("peak_in_use"),
                rs.getDouble("average"),
                rs.getInt("at_capacity"),
                rs.getInt("denials"),
                rs.getInt("opening_in_use"),
                rs.getInt("closing_in_use"),
                rs.getInt("capacity"));
    }

    static Instant floor(Instant instant, Resolution resolution) {
        return instant.truncatedTo(resolution == Resolution.MINUTE ? ChronoUnit.MINUTES : ChronoUnit.HOURS);
    }

    static Instant ceil(Instant instant, Resolution resolution) {
        Instant floor = floor(instant, resolution);
        return floor.equals(instant) ? instant : floor.plus(resolution.step());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
