package org.seatkeeper.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.usage.PoolSummary;
import org.seatkeeper.usage.UsagePeriod;
import org.seatkeeper.usage.UsageReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Hospital A's 90 days of usage history: there on first start, written once. The first start is the
 * first {@link HospitalA#scene} of the test JVM, here or in another test; later ones are its copy.
 */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class DemoUsageHistoryTest {

    @Autowired
    ApplicationContext context;

    DemoUsageHistory history;

    @Autowired
    UsageReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** Made as the switch would make it (HospitalA): the switch itself would load the demo at the context's start. */
    @BeforeEach
    void makeTheHistory() {
        history = HospitalA.history(context);
    }

    @Test
    void ninety_days_of_history_with_refusals_are_written_once() {
        HospitalA.scene(context); // the loaders' first run on a clean database (or its copy, HospitalA)
        Map<String, Object> written = counts();
        history.run(new DefaultApplicationArguments());

        assertThat(counts()).as("a second start adds nothing").isEqualTo(written);
        LocalDate today = LocalDate.now(clock);
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            LocalDate oldest = jdbc.queryForObject(
                    "SELECT DATE(MIN(hour_start)) FROM usage_hour WHERE pool = ?", LocalDate.class, pool.name());
            assertThat(oldest).as(pool.label() + "'s oldest hour").isBetween(today.minusDays(91), today.minusDays(89));
            assertThat(count(
                            "SELECT COUNT(*) FROM usage_minute WHERE pool = ? AND minute_start < CURDATE()",
                            pool.name()))
                    .as(pool.label() + "'s minutes of the last weeks")
                    .isPositive();
        }
        assertThat(count("SELECT COUNT(DISTINCT day) FROM pot_usage_day WHERE day < ?", today))
                .as("days before today, today's being recorded as it goes")
                .isEqualTo(DemoUsageHistory.DAYS);
        long refusals = count("SELECT COALESCE(SUM(denials), 0) FROM usage_minute")
                + count("SELECT COALESCE(SUM(denials), 0) FROM usage_hour");
        assertThat(refusals).isPositive();
        assertThat(count("SELECT COUNT(*) FROM access_log WHERE reason_code = 'no-seat'"))
                .isEqualTo(refusals);

        List<PoolSummary> month = reports.pools(UsagePeriod.MONTH).stream()
                .map(UsageReports.PoolHistory::summary)
                .toList();
        PoolSummary fullAccess = month.getFirst();
        assertThat(fullAccess.pool()).isEqualTo(ConcurrentPool.FULL_ACCESS);
        assertThat(fullAccess.peakInUse()).isEqualTo(3);
        assertThat(fullAccess.minutesAtCapacity()).isPositive();
        assertThat(fullAccess.refusals()).isPositive();
        assertThat(fullAccess.usersRefused()).isBetween(1L, 3L);
        assertThat(fullAccess.averageAtWorkingHours()).isBetween(0.5, 3.0);
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("""
                SELECT (SELECT COUNT(*) FROM usage_minute) AS minutes, (SELECT COUNT(*) FROM usage_hour) AS hours,
                       (SELECT COUNT(*) FROM pot_usage_day) AS pot_days,
                       (SELECT COUNT(*) FROM access_log WHERE reason_code = 'no-seat') AS refusals""");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
