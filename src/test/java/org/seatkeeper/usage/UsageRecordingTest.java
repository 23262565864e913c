package org.seatkeeper.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.NoSeatException;
import org.seatkeeper.testing.DirectoryScene;
import org.seatkeeper.testing.Race;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Rule 15 on a real MariaDB with real threads: every minute's true peak and every refusal for want of a
 * seat are recorded by the database itself, and minutes without a change are filled when read.
 */
@SpringBootTest
class UsageRecordingTest {

    private static final AtomicLong NEXT_USER_ID = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final ClientDetails DESK = ClientDetails.portal("10.0.0.7", "Firefox 140", "node-1");

    @Autowired
    Admissions admissions;

    @Autowired
    UsageHistory history;

    @Autowired
    PotUsageRecorder potRecorder;

    @Autowired
    LicencePots licencePots;

    @Autowired
    UsageRollup rollup;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    DirectoryScene scene;

    @BeforeEach
    void threeFullAccessSeatsAndNoOverflow() {
        TestPools.set(jdbc, 3, 0, 0);
    }

    @Test
    void a_burst_of_sign_ins_and_releases_records_the_true_peak_and_every_refusal() {
        Instant started = databaseMinute();
        List<AdmittedSession> holders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            holders.add(admissions.admit(applicant(), DESK));
        }

        // while the pool is full, five sign in at once: every one is refused
        List<Throwable> refusedWhileFull =
                Race.run(5, i -> () -> admissions.admit(applicant(), DESK)).thrown();
        assertThat(refusedWhileFull).hasSize(5).allMatch(NoSeatException.class::isInstance);

        // the three holders sign out while nine others sign in and out, all at the same instant
        List<String> outcomes = Race.run(
                        12,
                        i -> i < 3
                                ? () -> {
                                    admissions.end(holders.get(i).id(), EndReason.SIGNED_OUT);
                                    return "released";
                                }
                                : () -> {
                                    try {
                                        AdmittedSession admitted = admissions.admit(applicant(), DESK);
                                        admissions.end(admitted.id(), EndReason.SIGNED_OUT);
                                        return "admitted";
                                    } catch (NoSeatException refused) {
                                        return "refused";
                                    }
                                })
                .allReturned();
        long refused = outcomes.stream().filter("refused"::equals).count();
        long admitted = outcomes.stream().filter("admitted"::equals).count();
        assertThat(refused + admitted).isEqualTo(9);
        // everyone admitted in the burst left at once: the pool is empty, the minute keeps its peak
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();

        TestPools.writeHeldMinutes(jdbc);
        List<Map<String, Object>> minutes = jdbc.queryForList("""
                SELECT peak_in_use, closing_in_use, denials FROM usage_minute
                WHERE pool = 'FULL_ACCESS' AND minute_start >= ? ORDER BY minute_start""", LocalDateTime.ofInstant(started, ZoneOffset.UTC));
        assertThat(minutes).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(minutes.stream()
                        .mapToInt(m -> ((Number) m.get("peak_in_use")).intValue())
                        .max()
                        .orElseThrow())
                .isEqualTo(3);
        assertThat(minutes.stream()
                        .mapToLong(m -> ((Number) m.get("denials")).longValue())
                        .sum())
                .as("refusals recorded")
                .isEqualTo(5 + refused);
        assertThat(minutes.getLast().get("closing_in_use")).isEqualTo(0);
        assertThat(jdbc.queryForObject(
                        "SELECT COALESCE(SUM(denials), 0) FROM usage_minute WHERE pool <> 'FULL_ACCESS'",
                        Integer.class))
                .as("refusals of full-access users count on the Full-access pool only")
                .isZero();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_sign_in_and_its_release_in_the_same_minute_both_count() {
        Instant minute = freshMinute();
        AdmittedSession session = admissions.admit(applicant(), DESK);
        admissions.end(session.id(), EndReason.SIGNED_OUT);

        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
        List<UsagePoint> series =
                history.series(ConcurrentPool.FULL_ACCESS, minute, minute.plusSeconds(60), Resolution.MINUTE);
        assertThat(series).singleElement().satisfies(point -> {
            assertThat(point.start()).isEqualTo(minute);
            assertThat(point.peakInUse()).isEqualTo(1);
            assertThat(point.capacity()).isEqualTo(3);
            assertThat(point.denials()).isZero();
        });
        TestPools.writeHeldMinutes(jdbc);
        assertThat(jdbc.queryForObject(
                        "SELECT closing_in_use FROM usage_minute WHERE pool = 'FULL_ACCESS'" + " AND minute_start = ?",
                        Integer.class,
                        LocalDateTime.ofInstant(minute, ZoneOffset.UTC)))
                .isZero();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_minute_is_written_once_by_the_pools_first_change_in_a_later_minute() {
        TestPools.forgetMinutes(jdbc);
        Instant minute = freshMinute();
        List<AdmittedSession> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(admissions.admit(applicant(), DESK));
        }
        List<Throwable> refused =
                Race.run(2, i -> () -> admissions.admit(applicant(), DESK)).thrown();
        admissions.end(held.get(0).id(), EndReason.SIGNED_OUT);
        admissions.end(held.get(1).id(), EndReason.SIGNED_OUT);
        assertThat(refused).hasSize(2).allMatch(NoSeatException.class::isInstance);
        assertThat(count("SELECT COUNT(*) FROM usage_minute"))
                .as("nothing written while the minute lasts")
                .isZero();

        // a minute later (moved back instead of waited for): the pool's next change writes the minute out
        TestPools.ageHeldMinutes(jdbc, Duration.ofMinutes(1));
        Instant earlier = minute.minus(Duration.ofMinutes(1));
        admissions.end(held.get(2).id(), EndReason.SIGNED_OUT);
        admissions.end(admissions.admit(applicant(), DESK).id(), EndReason.SIGNED_OUT);

        assertThat(jdbc.queryForList("""
                SELECT CONCAT(minute_start, ' peak ', peak_in_use, ', ', opening_in_use, '->', closing_in_use, ' of ',
                    capacity, ', refused ', denials) FROM usage_minute""", String.class))
                .containsExactly(LocalDateTime.ofInstant(earlier, ZoneOffset.UTC)
                                .toString()
                                .replace('T', ' ') + ":00 peak 3, 0->1 of 3, refused 2");
        List<UsagePoint> series =
                history.series(ConcurrentPool.FULL_ACCESS, earlier, minute.plusSeconds(60), Resolution.MINUTE);
        assertThat(series)
                .extracting(UsagePoint::peakInUse)
                .as("the held minute opened with 1")
                .containsExactly(3, 1);
        assertThat(series).extracting(UsagePoint::denials).containsExactly(2, 0);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_pool_unchanged_for_longer_than_the_minute_retention_is_rolled_up_all_the_same() {
        TestPools.forgetMinutes(jdbc);
        admissions.admit(applicant(), DESK);
        admissions.admit(applicant(), DESK);
        TestPools.ageHeldMinutes(jdbc, Duration.ofDays(40));

        assertThat(rollup.run())
                .hasValueSatisfying(
                        outcome -> assertThat(outcome.hoursWritten()).isEqualTo(1));

        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(peak_in_use, ' of ', capacity) FROM usage_hour" + " WHERE pool = 'FULL_ACCESS'",
                        String.class))
                .isEqualTo("2 of 3");
        assertThat(count("SELECT COUNT(*) FROM usage_minute")).isZero();
        admissions.admit(applicant(), DESK);
        Instant now = databaseMinute();
        assertThat(history.series(ConcurrentPool.FULL_ACCESS, now, now.plusSeconds(60), Resolution.MINUTE))
                .singleElement()
                .extracting(UsagePoint::peakInUse)
                .isEqualTo(3);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void minutes_without_a_change_carry_the_figures_of_the_minute_before() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        minuteRow(t0, 0, 2, 1, 3, 0);
        minuteRow(t0.plus(Duration.ofMinutes(3)), 1, 3, 3, 3, 2);

        List<UsagePoint> series = history.series(
                ConcurrentPool.FULL_ACCESS,
                t0.minus(Duration.ofMinutes(2)),
                t0.plus(Duration.ofMinutes(6)),
                Resolution.MINUTE);

        assertThat(series).extracting(UsagePoint::peakInUse).containsExactly(0, 0, 2, 1, 1, 3, 3, 3);
        assertThat(series).extracting(UsagePoint::denials).containsExactly(0, 0, 0, 0, 0, 2, 0, 0);
        assertThat(series).extracting(UsagePoint::minutesAtCapacity).containsExactly(0, 0, 0, 0, 0, 1, 1, 1);
        assertThat(series.getFirst().start()).isEqualTo(t0.minus(Duration.ofMinutes(2)));
        assertThat(series.getLast().start()).isEqualTo(t0.plus(Duration.ofMinutes(5)));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_period_without_any_row_shows_the_pool_as_it_is_now() {
        TestPools.forgetMinutes(jdbc);
        TestPools.set(jdbc, 4, 2, 0, 0, 0, 0);
        TestPools.forgetMinutes(jdbc);
        Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(5));

        List<UsagePoint> hours =
                history.series(ConcurrentPool.FULL_ACCESS, from, from.plus(Duration.ofHours(2)), Resolution.HOUR);

        assertThat(hours).hasSize(2).allSatisfy(hour -> {
            assertThat(hour.peakInUse()).isEqualTo(2);
            assertThat(hour.averageInUse()).isEqualTo(2.0);
            assertThat(hour.capacity()).isEqualTo(4);
            assertThat(hour.minutesAtCapacity()).isZero();
        });
    }

    @Test
    @WithMockUser(roles = "SUPPORT")
    void each_named_pot_is_noted_for_the_day_and_again_when_its_capacity_changes() {
        long documentsOnly = scene.profile("Documents only", "Full", "Documents");
        long documents = scene.modulePot("Documents");
        scene.capacity(documents, 4);
        long reader =
                users.add("reader-one").withCredentials().profile(documentsOnly).insert();
        users.add("reader-two").withCredentials().profile(documentsOnly).insert();

        assertThat(potRecorder.recordToday())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM named_pot", Integer.class));
        assertThat(potDay(documents)).isEqualTo("Documents 2/4");

        licencePots.changeCapacity(documents, 6, "bought two more");
        assertThat(potDay(documents)).as("noted after the change").isEqualTo("Documents 2/6");

        jdbc.update("UPDATE app_user SET deleted_at = CURRENT_TIMESTAMP WHERE id = ?", reader);
        potRecorder.recordToday();
        assertThat(potDay(documents))
                .as("the day keeps its highest consumption")
                .isEqualTo("Documents 2/6");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private String potDay(long potId) {
        return jdbc.queryForObject(
                "SELECT CONCAT(pot_name, ' ', consumption, '/', capacity) FROM pot_usage_day"
                        + " WHERE pot_id = ? AND day = CURRENT_DATE",
                String.class,
                potId);
    }

    private void minuteRow(Instant minute, int opening, int peak, int closing, int capacity, int denials) {
        jdbc.update("""
                INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
                VALUES ('FULL_ACCESS', ?, ?, ?, ?, ?, ?)""", LocalDateTime.ofInstant(minute, ZoneOffset.UTC), peak, opening, closing, capacity, denials);
    }

    private Instant databaseMinute() {
        return jdbc.queryForObject("SELECT DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00')", LocalDateTime.class)
                .toInstant(ZoneOffset.UTC);
    }

    /** The database's current minute, once at least 15 seconds of it are left. */
    private Instant freshMinute() {
        while (jdbc.queryForObject("SELECT SECOND(UTC_TIMESTAMP())", Integer.class) > 45) {
            sleep(Duration.ofSeconds(1));
        }
        return databaseMinute();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Applicant applicant() {
        long id = NEXT_USER_ID.incrementAndGet();
        return new Applicant(id, "burst-" + id, "Burst " + id, AdmissionClass.STANDARD);
    }
}
