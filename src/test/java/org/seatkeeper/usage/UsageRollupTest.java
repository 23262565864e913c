package org.seatkeeper.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Roll-up of old minutes into hours, and the purge, on generated series with known answers. */
@SpringBootTest
@Import(TestClock.Configuration.class)
class UsageRollupTest {

    @Autowired
    UsageRollup rollup;

    @Autowired
    UsageHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SeatPools seatPools;

    @Autowired
    TestClock clock;

    Instant hour;

    @BeforeEach
    void anHourFortyDaysAgoAndAMinuteOfYesterday() {
        clock.reset();
        jdbc.update("DELETE FROM usage_minute");
        hour = UsageSeries.hourOf(clock.instant().minus(Duration.ofDays(40)));
        // 1 in use when the hour starts; 2 from its first minute, 3 (full) from minute 10 with 4 refusals,
        // down to 1 at minute 40 after one more refusal
        minute("FULL_ACCESS", hour, 1, 2, 2, 3, 0);
        minute("FULL_ACCESS", hour.plus(Duration.ofMinutes(10)), 2, 3, 3, 3, 4);
        minute("FULL_ACCESS", hour.plus(Duration.ofMinutes(40)), 3, 3, 1, 3, 1);
        // the next hour only saw a refusal on the View-only pool at its last minute
        minute("VIEW_ONLY", hour.plus(Duration.ofMinutes(119)), 5, 5, 5, 5, 1);
        minute("FULL_ACCESS", clock.instant().minus(Duration.ofDays(1)), 1, 1, 1, 3, 0);
    }

    @Test
    void minutes_older_than_the_retention_become_hours_with_peak_average_time_at_capacity_and_refusals() {
        UsageRollup.Outcome outcome = rollup.run().orElseThrow();

        assertThat(outcome.hoursWritten()).isEqualTo(2);
        assertThat(outcome.minutesDeleted()).isEqualTo(4);
        // minutes 0-9 at 2, 10-40 at 3 (31 minutes, full), 41-59 at 1: (20 + 93 + 19) / 60 = 2.2
        assertThat(hourRow("FULL_ACCESS", hour))
                .isEqualTo("peak 3, average 2.200, at capacity 31, denials 5, 1->1 of 3");
        assertThat(hourRow("VIEW_ONLY", hour.plus(Duration.ofHours(1))))
                .isEqualTo("peak 5, average 5.000, at capacity 60, denials 1, 5->5 of 5");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM usage_minute WHERE minute_start < ?",
                        Integer.class,
                        utc(clock.instant().minus(Duration.ofDays(35)))))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usage_minute", Integer.class))
                .as("yesterday's minute stays")
                .isEqualTo(1);
    }

    @Test
    void a_second_run_changes_nothing() {
        rollup.run().orElseThrow();
        List<String> before = everything();

        assertThat(rollup.run().orElseThrow()).isEqualTo(new UsageRollup.Outcome(0, 0, 0, 0));
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void nothing_happens_while_another_node_holds_the_lock() throws Exception {
        try (Connection otherNode = dataSource.getConnection();
                PreparedStatement lock = otherNode.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            lock.setString(1, UsageRollup.LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                assertThat(rs.next() && rs.getInt(1) == 1).isTrue();
            }
            List<String> before = everything();
            assertThat(rollup.run()).isEmpty();
            assertThat(everything()).isEqualTo(before);
            try (PreparedStatement release = otherNode.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                release.setString(1, UsageRollup.LOCK);
                release.executeQuery().close();
            }
        }
        assertThat(rollup.run())
                .hasValueSatisfying(
                        outcome -> assertThat(outcome.hoursWritten()).isEqualTo(2));
    }

    @Test
    void hours_and_pot_days_older_than_the_hour_retention_are_deleted() {
        Instant old = UsageSeries.hourOf(clock.instant().minus(Duration.ofDays(731)));
        Instant kept = UsageSeries.hourOf(clock.instant().minus(Duration.ofDays(729)));
        hourRow(old);
        hourRow(kept);
        potDay(LocalDate.now(clock).minusDays(731));
        potDay(LocalDate.now(clock).minusDays(729));

        UsageRollup.Outcome outcome = rollup.run().orElseThrow();

        assertThat(outcome.hoursDeleted()).isEqualTo(1);
        assertThat(outcome.potDaysDeleted()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT hour_start FROM usage_hour WHERE pool = 'RESERVED'", LocalDateTime.class))
                .containsExactly(utc(kept));
        assertThat(jdbc.queryForList("SELECT day FROM pot_usage_day", LocalDate.class))
                .containsExactly(LocalDate.now(clock).minusDays(729));
    }

    @Test
    void the_retentions_are_settings() {
        UsageRollup tenDays = new UsageRollup(
                dataSource,
                jdbcClient,
                transactions,
                new UsageSettings(
                        Duration.ofDays(10),
                        Duration.ofDays(60),
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY),
                        8,
                        17),
                seatPools,
                Clock.fixed(clock.instant(), ZoneOffset.UTC));
        minute("RESERVED", clock.instant().minus(Duration.ofDays(12)), 0, 1, 0, 1, 0);
        hourRow(UsageSeries.hourOf(clock.instant().minus(Duration.ofDays(61))));

        UsageRollup.Outcome outcome = tenDays.run().orElseThrow();

        assertThat(outcome.hoursWritten()).isEqualTo(3);
        assertThat(outcome.hoursDeleted()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usage_minute", Integer.class))
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void hourly_history_reads_rolled_up_hours_and_fills_the_quiet_ones() {
        rollup.run().orElseThrow();

        List<UsagePoint> hours = history.series(
                ConcurrentPool.FULL_ACCESS,
                hour.minus(Duration.ofHours(1)),
                hour.plus(Duration.ofHours(3)),
                Resolution.HOUR);

        // before: the figure the first kept hour opened with; after: the figure it closed with
        assertThat(hours).extracting(UsagePoint::peakInUse).containsExactly(1, 3, 1, 1);
        assertThat(hours).extracting(UsagePoint::averageInUse).containsExactly(1.0, 2.2, 1.0, 1.0);
        assertThat(hours).extracting(UsagePoint::minutesAtCapacity).containsExactly(0, 31, 0, 0);
        assertThat(hours).extracting(UsagePoint::denials).containsExactly(0, 5, 0, 0);
        assertThat(hours.get(1).start()).isEqualTo(hour);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void recent_hours_are_summed_up_from_the_minutes_as_the_roll_up_would() {
        List<UsagePoint> read =
                history.series(ConcurrentPool.FULL_ACCESS, hour, hour.plus(Duration.ofHours(1)), Resolution.HOUR);
        assertThat(read).singleElement().satisfies(point -> {
            assertThat(point.peakInUse()).isEqualTo(3);
            assertThat(point.averageInUse()).isEqualTo(2.2);
            assertThat(point.minutesAtCapacity()).isEqualTo(31);
            assertThat(point.denials()).isEqualTo(5);
        });
    }

    private List<String> everything() {
        return jdbc.queryForList("""
                SELECT CONCAT('m ', pool, minute_start, peak_in_use, denials) FROM usage_minute
                UNION ALL SELECT CONCAT('h ', pool, hour_start, peak_in_use, average_in_use, minutes_at_capacity, denials)
                FROM usage_hour UNION ALL SELECT CONCAT('p ', pot_id, day) FROM pot_usage_day ORDER BY 1""", String.class);
    }

    private String hourRow(String pool, Instant start) {
        return jdbc.queryForObject("""
                SELECT CONCAT('peak ', peak_in_use, ', average ', average_in_use, ', at capacity ', minutes_at_capacity,
                    ', denials ', denials, ', ', opening_in_use, '->', closing_in_use, ' of ', capacity)
                FROM usage_hour WHERE pool = ? AND hour_start = ?""", String.class, pool, utc(start));
    }

    private void minute(String pool, Instant at, int opening, int peak, int closing, int capacity, int denials) {
        jdbc.update(
                """
                INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                pool,
                utc(at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)),
                peak,
                opening,
                closing,
                capacity,
                denials);
    }

    private void hourRow(Instant start) {
        jdbc.update("""
                INSERT INTO usage_hour (pool, hour_start, peak_in_use, average_in_use, minutes_at_capacity, denials,
                    opening_in_use, closing_in_use, capacity) VALUES ('RESERVED', ?, 1, 0.5, 30, 0, 0, 0, 1)""", utc(start));
    }

    private void potDay(LocalDate day) {
        jdbc.update(
                "INSERT INTO pot_usage_day (pot_id, day, scope, pot_name, consumption, capacity)"
                        + " VALUES (1, ?, 'ACTIVE_USERS', 'Active users', 3, 25)",
                day);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
