package org.seatkeeper.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.NoSeatException;
import org.seatkeeper.testing.Race;
import org.seatkeeper.testing.TestDatabase;
import org.seatkeeper.testing.TestNodes;
import org.seatkeeper.testing.TestPools;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule 15 with two nodes on one database, as behind a load balancer: a burst of sign-ins and sign-outs
 * spread over both is recorded once, with its true peak and every refusal, and a node stopped mid-minute
 * loses nothing it did. The nodes are started here, so this class resets the database itself.
 */
class UsageOnTwoNodesTest {

    private static final AtomicLong NEXT_USER_ID = new AtomicLong(System.nanoTime() % 1_000_000_000L + 2_000_000_000L);

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static DataSource database;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = start("usage-a");
        nodeB = start("usage-b");
        database = nodeB.getBean(DataSource.class);
        jdbc = new JdbcTemplate(database);
    }

    @AfterAll
    static void stopNodes() {
        TestDatabase.reset(database);
        nodeA.close();
        nodeB.close();
    }

    @BeforeEach
    void threeFullAccessSeats() {
        TestDatabase.reset(database);
        TestPools.set(jdbc, 3, 0, 0);
        jdbc.update("DELETE FROM usage_minute");
    }

    @Test
    void a_burst_over_two_nodes_is_recorded_once_with_its_true_peak_and_every_refusal() {
        Admissions a = nodeA.getBean(Admissions.class);
        Admissions b = nodeB.getBean(Admissions.class);
        List<AdmittedSession> holders = new ArrayList<>(List.of(
                a.admit(applicant(), desk("a")), b.admit(applicant(), desk("b")), a.admit(applicant(), desk("a"))));

        List<Throwable> refusedWhileFull = Race.run(6, i -> () -> (i % 2 == 0 ? a : b).admit(applicant(), desk("x")))
                .thrown();
        assertThat(refusedWhileFull).hasSize(6).allMatch(NoSeatException.class::isInstance);

        List<String> outcomes = Race.run(
                        15,
                        i -> i < 3
                                ? () -> {
                                    (i % 2 == 0 ? b : a).end(holders.get(i).id(), EndReason.SIGNED_OUT);
                                    return "released";
                                }
                                : () -> {
                                    Admissions node = i % 2 == 0 ? a : b;
                                    try {
                                        AdmittedSession admitted = node.admit(applicant(), desk("x"));
                                        node.end(admitted.id(), EndReason.SIGNED_OUT);
                                        return "admitted";
                                    } catch (NoSeatException refused) {
                                        return "refused";
                                    }
                                })
                .allReturned();
        long refused = outcomes.stream().filter("refused"::equals).count();

        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
        List<Map<String, Object>> minutes = minutes();
        assertThat(minutes.stream()
                        .mapToInt(m -> ((Number) m.get("peak_in_use")).intValue())
                        .max()
                        .orElseThrow())
                .isEqualTo(3);
        assertThat(minutes.stream()
                        .mapToLong(m -> ((Number) m.get("denials")).longValue())
                        .sum())
                .as("refusals recorded on both nodes")
                .isEqualTo(6 + refused);
        assertThat(minutes.getLast().get("closing_in_use")).isEqualTo(0);
    }

    @Test
    void a_node_stopped_mid_minute_loses_nothing_it_recorded() {
        ConfigurableApplicationContext nodeC = start("usage-c");
        try {
            Admissions c = nodeC.getBean(Admissions.class);
            c.admit(applicant(), desk("c"));
            c.admit(applicant(), desk("c"));
        } finally {
            nodeC.close();
        }
        nodeA.getBean(Admissions.class).admit(applicant(), desk("a"));
        List<Throwable> refused = Race.run(
                        2, i -> () -> nodeB.getBean(Admissions.class).admit(applicant(), desk("b")))
                .thrown();

        assertThat(refused).hasSize(2);
        List<Map<String, Object>> minutes = minutes();
        assertThat(minutes.stream()
                        .mapToInt(m -> ((Number) m.get("peak_in_use")).intValue())
                        .max()
                        .orElseThrow())
                .isEqualTo(3);
        assertThat(minutes.stream()
                        .mapToLong(m -> ((Number) m.get("denials")).longValue())
                        .sum())
                .isEqualTo(2);
    }

    @Test
    void two_nodes_taking_and_refusing_seats_across_a_minute_boundary_write_each_minute_once() throws Exception {
        TestPools.forgetMinutes(jdbc);
        Admissions a = nodeA.getBean(Admissions.class);
        Admissions b = nodeB.getBean(Admissions.class);
        List<AdmittedSession> holders = List.of(a.admit(applicant(), desk("a")), b.admit(applicant(), desk("b")));
        LocalDateTime boundary = nextMinuteWithinSeconds(4);

        // four threads on two nodes contend for the one seat left, from 4 s before the minute turns to 4 s after
        AtomicLong refused = new AtomicLong();
        List<String> ran = Race.run(4, i -> () -> {
                    Admissions node = i % 2 == 0 ? a : b;
                    while (databaseNow().isBefore(boundary.plusSeconds(4))) {
                        try {
                            node.end(
                                    node.admit(applicant(), desk(i % 2 == 0 ? "a" : "b"))
                                            .id(),
                                    EndReason.SIGNED_OUT);
                        } catch (NoSeatException full) {
                            refused.incrementAndGet();
                        }
                    }
                    return "done";
                })
                .allReturned();
        holders.forEach(holder -> a.end(holder.id(), EndReason.SIGNED_OUT));

        assertThat(ran).hasSize(4);
        List<Map<String, Object>> minutes = minutes();
        Map<String, Object> before = minute(minutes, boundary.minusMinutes(1));
        Map<String, Object> after = minute(minutes, boundary);
        assertThat(List.of(before.get("peak_in_use"), after.get("peak_in_use")))
                .as("the seat was taken on both sides")
                .containsOnly(3);
        assertThat(minutes.stream()
                        .mapToLong(m -> ((Number) m.get("denials")).longValue())
                        .sum())
                .as("every refusal counted once, none lost or doubled at the turn")
                .isEqualTo(refused.get());
        for (int i = 1; i < minutes.size(); i++) {
            assertThat(minutes.get(i).get("opening_in_use"))
                    .as("each minute opens as the one before closed")
                    .isEqualTo(minutes.get(i - 1).get("closing_in_use"));
        }
        assertThat(minutes.getLast().get("closing_in_use")).isEqualTo(0);
    }

    @Test
    void a_node_stopped_mid_minute_has_its_minute_written_by_another_node_in_a_later_one() {
        TestPools.forgetMinutes(jdbc);
        ConfigurableApplicationContext nodeC = start("usage-c");
        try {
            Admissions c = nodeC.getBean(Admissions.class);
            for (int i = 0; i < 3; i++) {
                c.admit(applicant(), desk("c"));
            }
            assertThatThrownBy(() -> c.admit(applicant(), desk("c"))).isInstanceOf(NoSeatException.class);
        } finally {
            nodeC.close();
        }
        // no node changes the pool for a minute (moved back instead of waited for); then node A is refused
        TestPools.ageHeldMinutes(jdbc, Duration.ofMinutes(1));
        assertThatThrownBy(() -> nodeA.getBean(Admissions.class).admit(applicant(), desk("a")))
                .isInstanceOf(NoSeatException.class);

        List<Map<String, Object>> written =
                jdbc.queryForList("SELECT peak_in_use, closing_in_use, denials FROM usage_minute");
        assertThat(written).singleElement().isEqualTo(Map.of("peak_in_use", 3, "closing_in_use", 3, "denials", 1));
        assertThat(minutes()).extracting(m -> m.get("denials")).containsExactly(1, 1);
    }

    /** The minute that starts within that many seconds from now on the database's clock, once it is that close. */
    private static LocalDateTime nextMinuteWithinSeconds(int seconds) throws InterruptedException {
        LocalDateTime now = databaseNow();
        LocalDateTime next = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        Thread.sleep(Math.max(0, Duration.between(now, next).toMillis() - seconds * 1000L));
        return next;
    }

    private static LocalDateTime databaseNow() {
        return jdbc.queryForObject("SELECT UTC_TIMESTAMP(3)", LocalDateTime.class);
    }

    private static Map<String, Object> minute(List<Map<String, Object>> minutes, LocalDateTime start) {
        return minutes.stream()
                .filter(m -> start.equals(
                        m.get("minute_start") instanceof Timestamp t ? t.toLocalDateTime() : m.get("minute_start")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for the minute " + start + " in " + minutes));
    }

    private static List<Map<String, Object>> minutes() {
        TestPools.writeHeldMinutes(jdbc);
        return jdbc.queryForList("""
                SELECT minute_start, peak_in_use, opening_in_use, closing_in_use, denials FROM usage_minute
                WHERE pool = 'FULL_ACCESS' AND minute_start >= ? ORDER BY minute_start""", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10));
    }

    private static ClientDetails desk(String node) {
        return ClientDetails.portal("10.0.0.7", "Firefox 140", "usage-" + node);
    }

    private static Applicant applicant() {
        long id = NEXT_USER_ID.incrementAndGet();
        return new Applicant(id, "two-nodes-" + id, "Two Nodes " + id, AdmissionClass.STANDARD);
    }

    private static ConfigurableApplicationContext start(String node) {
        return TestNodes.start(
                "--server.port=0",
                "--seatkeeper.scheduling.enabled=false",
                "--seatkeeper.node-name=" + node,
                "--spring.datasource.hikari.pool-name=" + node);
    }
}
