package org.seatkeeper.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.shared.DatabaseTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls minutes older than the minute retention up into hours and deletes them, and deletes hours and
 * pots' days older than the hour retention. Every node tries it periodically; a MariaDB named lock
 * (GET_LOCK) lets one run at a time, and each hour is rolled up and its minutes deleted in one
 * transaction, so a rerun, or a node stopped half-way, changes nothing that was done.
 */
@Component
class UsageRollup {

    static final String LOCK = "seatkeeper.usage.roll-up";
    private static final Logger log = LoggerFactory.getLogger(UsageRollup.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final UsageSettings settings;
    private final SeatPools seatPools;
    private final Clock clock;

    UsageRollup(
            DataSource dataSource,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            UsageSettings settings,
            SeatPools seatPools,
            Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.seatPools = seatPools;
        this.clock = clock;
    }

    /** What one run did. */
    record Outcome(int hoursWritten, int minutesDeleted, int hoursDeleted, int potDaysDeleted) {}

    @Scheduled(
            initialDelayString = "PT5M",
            fixedDelayString = "${seatkeeper.usage.roll-up-every:" + UsageSettings.ROLL_UP_EVERY + "}")
    void scheduled() {
        run().filter(outcome -> outcome.hoursWritten() + outcome.hoursDeleted() + outcome.potDaysDeleted() > 0)
                .ifPresent(outcome -> log.info("Usage history: {}", outcome));
    }

    /** Rolls up and purges, unless another node is doing it right now (then empty). */
    Optional<Outcome> run() {
        try (Connection lockHolder = dataSource.getConnection()) {
            if (!namedLock(lockHolder, "SELECT GET_LOCK(?, 0)")) {
                return Optional.empty();
            }
            try {
                return Optional.of(rollUpAndPurge());
            } finally {
                namedLock(lockHolder, "SELECT RELEASE_LOCK(?)");
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the usage roll-up lock", e);
        }
    }

    private static boolean namedLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, LOCK);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private Outcome rollUpAndPurge() {
        Instant now = clock.instant();
        Instant cutOff = UsageSeries.hourOf(now.minus(settings.minuteRetention()));
        // A pool unchanged since before the cut-off still holds its last minute in its row (changeset 022):
        // written out first, it is rolled up below like any other.
        seatPools.writeOutHeldMinutesBefore(cutOff);
        int hours = 0;
        int minutes = 0;
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            for (Instant hour : hoursBefore(pool, cutOff)) {
                Integer deleted = transaction.execute(status -> rollUp(pool, hour));
                hours++;
                minutes += deleted == null ? 0 : deleted;
            }
        }
        Instant oldestHour = now.minus(settings.hourRetention());
        int hoursDeleted = jdbc.sql("DELETE FROM usage_hour WHERE hour_start < ?")
                .param(DatabaseTime.parameter(oldestHour))
                .update();
        int daysDeleted = jdbc.sql("DELETE FROM pot_usage_day WHERE day < ?")
                .param(LocalDate.now(clock).minusDays(settings.hourRetention().toDays()))
                .update();
        return new Outcome(hours, minutes, hoursDeleted, daysDeleted);
    }

    private List<Instant> hoursBefore(ConcurrentPool pool, Instant cutOff) {
        return jdbc.sql("""
                        SELECT DISTINCT CAST(DATE_FORMAT(minute_start, '%Y-%m-%d %H:00:00') AS DATETIME) AS hour FROM usage_minute
                        WHERE pool = ? AND minute_start < ? ORDER BY hour""")
                .params(pool.name(), DatabaseTime.parameter(cutOff))
                .query((rs, n) -> DatabaseTime.instant(rs, "hour"))
                .list();
    }

    /** One hour of one pool, in the caller's transaction; returns how many minutes it deleted. */
    private int rollUp(ConcurrentPool pool, Instant hour) {
        Instant end = hour.plus(Duration.ofHours(1));
        List<UsageSeries.Recorded> rows = jdbc.sql("""
                        SELECT minute_start, peak_in_use, denials, opening_in_use, closing_in_use, capacity
                        FROM usage_minute WHERE pool = ? AND minute_start >= ? AND minute_start < ?
                        ORDER BY minute_start FOR UPDATE""")
                .params(pool.name(), DatabaseTime.parameter(hour), DatabaseTime.parameter(end))
                .query((rs, n) -> new UsageSeries.Recorded(
                        DatabaseTime.instant(rs, "minute_start"),
                        rs.getInt("peak_in_use"),
                        rs.getInt("peak_in_use"),
                        UsagePoint.atCapacity(rs.getInt("peak_in_use"), rs.getInt("capacity")) ? 1 : 0,
                        rs.getInt("denials"),
                        rs.getInt("opening_in_use"),
                        rs.getInt("closing_in_use"),
                        rs.getInt("capacity")))
                .list();
        if (rows.isEmpty()) {
            return 0; // another node's run got here first
        }
        UsagePoint summed = UsageSeries.hours(UsageSeries.fill(hour, end, Resolution.MINUTE.step(), rows, null, null))
                .getFirst();
        jdbc.sql("""
                        INSERT INTO usage_hour (pool, hour_start, peak_in_use, average_in_use, minutes_at_capacity, denials,
                            opening_in_use, closing_in_use, capacity)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE peak_in_use = VALUES(peak_in_use), average_in_use = VALUES(average_in_use),
                            minutes_at_capacity = VALUES(minutes_at_capacity), denials = VALUES(denials),
                            opening_in_use = VALUES(opening_in_use), closing_in_use = VALUES(closing_in_use),
                            capacity = VALUES(capacity)""")
                .params(
                        pool.name(),
                        DatabaseTime.parameter(hour),
                        summed.peakInUse(),
                        summed.averageInUse(),
                        summed.minutesAtCapacity(),
                        summed.denials(),
                        rows.getFirst().openingInUse(),
                        rows.getLast().closingInUse(),
                        rows.getLast().capacity())
                .update();
        return jdbc.sql("DELETE FROM usage_minute WHERE pool = ? AND minute_start >= ? AND minute_start < ?")
                .params(pool.name(), DatabaseTime.parameter(hour), DatabaseTime.parameter(end))
                .update();
    }
}
