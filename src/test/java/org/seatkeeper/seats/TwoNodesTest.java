package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.SessionsFeed;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.Race;
import org.seatkeeper.testing.TestDatabase;
import org.seatkeeper.testing.TestNodes;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two Seatkeeper instances on random ports sharing one MariaDB, as two nodes behind a load balancer:
 * admission stays exact when a burst of seat requests is spread over both, each node sees the other's
 * sessions, and the seats of a node that stops are reclaimed after the lease plus grace, its portal
 * sessions too. The nodes are started here, not by Spring's test support, so this class resets the
 * database itself around each test; the node that stops is a third one, so the tests run in any order.
 */
class TwoNodesTest {

    /** Long enough that renewals every second hold on a busy machine; the reclaim waits this long. */
    static final int LEASE = 15;

    static final int GRACE = 5;
    static final int FULL = 40;
    static final int VIEW_ONLY = 25;
    static final int RESERVED = 10;
    static final int REQUESTS = 1_000;

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static DataSource database;
    static JdbcTemplate jdbc;
    static TestUsers users;
    static final HttpClient http = HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    SeatApi viaA;
    SeatApi viaB;
    RegisteredClient app;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = start("node-a");
        nodeB = start("node-b");
        database = nodeB.getBean(DataSource.class);
        jdbc = new JdbcTemplate(database);
        users = new TestUsers(jdbc, nodeB.getBean(PasswordEncoder.class));
    }

    @BeforeEach
    void cleanDatabaseAndOneApplication() {
        TestDatabase.reset(database);
        TestPools.set(jdbc, FULL, VIEW_ONLY, RESERVED);
        app = SeatApiFixtures.register(
                nodeA.getBean(CurrentUser.class),
                nodeA.getBean(ApiClients.class),
                SeatApiFixtures.unique("Two nodes app "));
        viaA = new SeatApi(http, port(nodeA), app.token());
        viaB = new SeatApi(http, port(nodeB), app.token());
    }

    @AfterAll
    static void stopNodes() {
        TestDatabase.reset(database);
        nodeA.close();
        nodeB.close();
    }

    @Test
    void a_seat_taken_on_one_node_appears_in_the_other_nodes_live_feed() {
        String user = SeatApiFixtures.unique("feed");
        SeatApiFixtures.user(users, user, "STANDARD");
        AtomicLong seatId = new AtomicLong(-1);
        AtomicLong seenAt = new AtomicLong();
        SessionsFeed.Subscription subscription = nodeB.getBean(SessionsFeed.class)
                .subscribe(snapshot -> {
                    if (snapshot.open().stream().anyMatch(s -> s.id().value() == seatId.get())) {
                        seenAt.compareAndSet(0, System.nanoTime());
                    }
                });
        try {
            long before = System.nanoTime();
            SeatApi.Reply taken = viaA.take(user);
            seatId.set(taken.seatId());

            // The product shows it within 2 s (a tick a second); the budget is for a busy machine.
            await().atMost(Duration.ofSeconds(15)).until(() -> seenAt.get() != 0);
            System.out.printf(
                    "Seat taken on node A appeared in node B's feed after %d ms%n",
                    (seenAt.get() - before) / 1_000_000);
            assertThat(viaB.release(taken.seatId()).status())
                    .as("released through the other node")
                    .isEqualTo(204);
            assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void a_burst_spread_over_two_nodes_fills_every_pool_exactly_and_never_over_capacity() throws Exception {
        List<String> names = burstUsers();
        Map<Long, SeatApi> held = new ConcurrentHashMap<>();
        AtomicBoolean overCapacity = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger retriedBusy = new AtomicInteger();
        Thread sampler = Thread.ofPlatform().start(() -> sampleCapacity(running, overCapacity));
        // The burst may take longer than a lease on a busy machine: held seats are renewed meanwhile.
        Thread heartbeats = Thread.ofPlatform().start(() -> heartbeat(held, running));
        Race.Outcomes<Integer> statuses;
        try {
            statuses = Race.runVirtual(REQUESTS, i -> () -> {
                SeatApi node = i % 2 == 0 ? viaA : viaB;
                SeatApi.Reply reply = node.take(names.get(i));
                while (busy(reply)) {
                    retriedBusy.incrementAndGet();
                    Thread.sleep(Long.parseLong(reply.header("Retry-After")) * 1000);
                    reply = node.take(names.get(i));
                }
                if (reply.status() == 201) {
                    held.put(reply.seatId(), node);
                }
                return reply.status();
            });
        } finally {
            running.set(false);
            sampler.join();
            heartbeats.join();
        }

        System.out.printf(
                "%d requests over two nodes; %d answers were 'busy, retry after 1 s' and were retried%n",
                REQUESTS, retriedBusy.get());
        int granted = FULL + VIEW_ONLY + RESERVED;
        assertThat(statuses.allReturned()).as("only grants and 'no seat'").containsOnly(201, 503);
        assertThat(statuses.values())
                .filteredOn(status -> status == 201)
                .as(() -> "grants; ended meanwhile: " + endings())
                .hasSize(granted);
        assertThat(overCapacity.get()).as("a pool was ever over capacity").isFalse();
        assertThat(inUse())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("FULL_ACCESS", FULL, "VIEW_ONLY", VIEW_ONLY, "RESERVED", RESERVED));
        Map<String, Integer> seats = openSessionsBy("seat_kind");
        assertThat(seats.get("FULL")).isEqualTo(FULL);
        assertThat(seats.get("RESERVED")).isEqualTo(RESERVED);
        assertThat(seats.getOrDefault("VIEW_ONLY", 0) + seats.getOrDefault("OVERFLOW", 0))
                .isEqualTo(VIEW_ONLY);
        Map<String, Integer> byNode = openSessionsBy("node");
        assertThat(byNode.get("node-a")).isPositive();
        assertThat(byNode.get("node-b")).isPositive();
    }

    @Test
    void the_seats_and_portal_sessions_of_a_stopped_node_are_ended_after_lease_plus_grace_and_no_others()
            throws Exception {
        ConfigurableApplicationContext nodeC = start("node-c");
        Map<Long, SeatApi> kept = new ConcurrentHashMap<>();
        List<Long> lost = new ArrayList<>();
        long portalOnC;
        AtomicBoolean running = new AtomicBoolean(true);
        Thread heartbeats = Thread.ofPlatform().start(() -> heartbeat(kept, running));
        try {
            SeatApi viaC = new SeatApi(http, port(nodeC), app.token());
            for (int i = 0; i < 5; i++) {
                String onB = SeatApiFixtures.unique("kept" + i);
                String onC = SeatApiFixtures.unique("lost" + i);
                SeatApiFixtures.user(users, onB, "STANDARD");
                SeatApiFixtures.user(users, onC, "STANDARD");
                kept.put(viaB.take(onB).seatId(), viaB);
                lost.add(viaC.take(onC).seatId());
            }
            portalOnC = nodeC.getBean(Admissions.class)
                    .admit(
                            new Applicant(
                                    System.nanoTime() % 1_000_000_000L + 1_000_000_000L,
                                    "portal-on-c",
                                    "Portal on C",
                                    AdmissionClass.EXEMPT),
                            ClientDetails.portal("10.0.0.1", "Chromium", "node-c"))
                    .id()
                    .value();
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        } finally {
            nodeC.close();
        }
        long stopped = System.nanoTime();
        try {
            // Ended by the surviving nodes after lease plus grace (20 s) and one sweep; budget for a busy machine.
            await().atMost(Duration.ofSeconds(LEASE + GRACE + 45))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> openSessionsBy("node").getOrDefault("node-c", 0) == 0);
        } finally {
            running.set(false);
            heartbeats.join();
        }

        System.out.printf(
                "Node C's %d API seats and its portal session were all ended %d ms after it stopped"
                        + " (lease %d s + grace %d s)%n",
                lost.size(), (System.nanoTime() - stopped) / 1_000_000, LEASE, GRACE);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM user_session WHERE node = 'node-c'"
                                + " AND end_reason = 'LEASE_EXPIRED' AND ended_at >= last_heartbeat + INTERVAL ? SECOND",
                        Integer.class,
                        LEASE + GRACE))
                .as("reclaimed only after lease plus grace")
                .isEqualTo(lost.size());
        assertThat(jdbc.queryForObject("SELECT end_reason FROM user_session WHERE id = ?", String.class, portalOnC))
                .as("a portal session of the stopped node, whose UI died with it")
                .isEqualTo("NODE_LOST");
        assertThat(openSessionsBy("node"))
                .as(() -> "node B's renewed seats are kept; ended: " + endings())
                .containsOnly(Map.entry("node-b", 5));
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(kept.size());
    }

    /** The server asked the client to come back (database busy), as a well-behaved client does. */
    private static boolean busy(SeatApi.Reply reply) {
        return reply.status() == 503
                && "busy".equals(reply.json().path("reason").asString());
    }

    /** 1,000 users: 60% standard, 30% view-only, 10% reserved. */
    private static List<String> burstUsers() {
        String prefix = SeatApiFixtures.unique("burst");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String kind = i % 10 == 0 ? "RESERVED" : i % 10 < 4 ? "VIEW_ONLY" : "STANDARD";
            names.add(prefix + "-" + i);
            SeatApiFixtures.user(users, prefix + "-" + i, kind);
        }
        return names;
    }

    private static void sampleCapacity(AtomicBoolean running, AtomicBoolean overCapacity) {
        while (running.get()) {
            jdbc.query("SELECT in_use, capacity FROM seat_pool", rs -> {
                if (rs.getInt("in_use") > rs.getInt("capacity")) {
                    overCapacity.set(true);
                }
            });
            Integer overfull = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM seat_pool p WHERE p.capacity < (SELECT COUNT(*) FROM user_session s
                        WHERE s.ended_at IS NULL AND CASE s.seat_kind WHEN 'FULL' THEN 'FULL_ACCESS'
                        WHEN 'RESERVED' THEN 'RESERVED' WHEN 'EXEMPT' THEN '' ELSE 'VIEW_ONLY' END = p.kind)""", Integer.class);
            if (overfull != null && overfull > 0) {
                overCapacity.set(true);
            }
            pause(10);
        }
    }

    /** Every held seat renews its lease through the node that granted it, all in parallel, every second. */
    private static void heartbeat(Map<Long, SeatApi> held, AtomicBoolean running) {
        while (running.get()) {
            try (ExecutorService beats = Executors.newVirtualThreadPerTaskExecutor()) {
                held.forEach((seat, node) -> beats.submit(() -> node.heartbeat(seat, false)));
            }
            pause(1000);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Integer> inUse() {
        Map<String, Integer> inUse = new HashMap<>();
        jdbc.query("SELECT kind, in_use FROM seat_pool", rs -> {
            inUse.put(rs.getString("kind"), rs.getInt("in_use"));
        });
        return inUse;
    }

    private static Map<String, Integer> openSessionsBy(String column) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query(
                "SELECT " + column + " AS k, COUNT(*) AS n FROM user_session WHERE ended_at IS NULL GROUP BY " + column,
                rs -> {
                    counts.put(rs.getString("k"), rs.getInt("n"));
                });
        return counts;
    }

    /**
     * How the sessions that ended did end, and on which node: a failure says who ended seats that were
     * renewed (seen twice in full runs under load, never alone; docs/decisions/0010).
     */
    private static List<Map<String, Object>> endings() {
        return jdbc.queryForList("SELECT node, end_reason, COUNT(*) AS sessions,"
                + " MIN(TIMESTAMPDIFF(MICROSECOND, last_heartbeat, ended_at)) DIV 1000 AS min_silent_ms"
                + " FROM user_session WHERE ended_at IS NOT NULL GROUP BY node, end_reason");
    }

    private static ConfigurableApplicationContext start(String node) {
        // Command-line arguments, because they override application.properties as an operator's would.
        // The scheduled jobs (beacon, reclaim, polls) are what is tested: on, unlike in other tests.
        return TestNodes.start(
                "--server.port=0",
                "--seatkeeper.scheduling.enabled=true",
                "--seatkeeper.node-name=" + node,
                "--seatkeeper.seats.lease=" + LEASE + "s",
                "--seatkeeper.seats.grace=" + GRACE + "s",
                "--seatkeeper.seats.reclaim-every=500ms",
                "--seatkeeper.nodes.beacon-every=500ms",
                "--spring.datasource.hikari.pool-name=" + node);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
