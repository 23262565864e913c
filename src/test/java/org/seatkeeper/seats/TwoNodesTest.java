package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.seatkeeper.SeatkeeperApplication;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.SessionsFeed;
import org.seatkeeper.shared.CurrentUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Seatkeeper instances on random ports sharing one MariaDB, as two nodes behind a load balancer:
 * admission stays exact when a burst of seat requests is spread over both, each node sees the other's
 * sessions, and the seats of a node that stops are reclaimed after the lease plus grace, its portal
 * sessions too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    static final int LEASE = 15;
    static final int GRACE = 5;
    static final int FULL = 40;
    static final int VIEW_ONLY = 25;
    static final int RESERVED = 10;
    static final int REQUESTS = 1_000;

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static JdbcTemplate jdbc;
    static SeatApi viaA;
    static SeatApi viaB;
    static final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    @BeforeAll
    static void startTwoNodes() {
        nodeA = start("node-a");
        nodeB = start("node-b");
        jdbc = nodeB.getBean(JdbcTemplate.class);
        SeatApiFixtures.pools(jdbc, FULL, VIEW_ONLY, RESERVED);
        RegisteredClient app = SeatApiFixtures.register(nodeA.getBean(CurrentUser.class), nodeA.getBean(ApiClients.class),
                SeatApiFixtures.unique("Two nodes app "));
        viaA = new SeatApi(http, port(nodeA), app.token());
        viaB = new SeatApi(http, port(nodeB), app.token());
    }

    @AfterAll
    static void stopNodes() {
        // Other tests in this JVM count reserved users and open sessions: leave neither behind.
        jdbc.update("UPDATE app_user SET concurrent_class = 'STANDARD', deleted_at = CURRENT_TIMESTAMP(3)"
                + " WHERE first_name = 'Burst' AND deleted_at IS NULL");
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        if (nodeA.isActive()) {
            nodeA.close();
        }
        nodeB.close();
    }

    @Test
    @Order(1)
    void a_seat_taken_on_one_node_appears_in_the_other_nodes_live_feed_within_two_seconds() throws Exception {
        String user = SeatApiFixtures.unique("feed");
        SeatApiFixtures.user(jdbc, user, "STANDARD");
        AtomicReference<Long> seen = new AtomicReference<>();
        AtomicLong seatId = new AtomicLong(-1);
        SessionsFeed.Subscription subscription = nodeB.getBean(SessionsFeed.class).subscribe(snapshot -> {
            if (seen.get() == null && snapshot.open().stream().anyMatch(s -> s.id().value() == seatId.get())) {
                seen.set(System.nanoTime());
            }
        });
        try {
            long before = System.nanoTime();
            SeatApi.Reply taken = viaA.take(user);
            seatId.set(taken.seatId());
            while (seen.get() == null && System.nanoTime() - before < Duration.ofSeconds(2).toNanos()) {
                Thread.sleep(20);
            }
            assertThat(seen.get()).as("node B's feed showed the seat taken on node A within 2 s").isNotNull();
            System.out.printf("Seat taken on node A appeared in node B's feed after %d ms%n",
                    (seen.get() - before) / 1_000_000);
            assertThat(viaB.release(taken.seatId()).status()).as("released through the other node").isEqualTo(204);
        } finally {
            subscription.cancel();
        }
    }

    @Test
    @Order(2)
    void a_burst_spread_over_two_nodes_fills_every_pool_exactly_and_a_stopped_nodes_seats_are_reclaimed() throws Exception {
        SeatApiFixtures.pools(jdbc, FULL, VIEW_ONLY, RESERVED);
        List<String> users = users();
        Map<Long, SeatApi> held = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean overCapacity = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        Set<Long> stopHeartbeating = ConcurrentHashMap.newKeySet();
        Thread sampler = Thread.ofPlatform().start(() -> sampleCapacity(running, overCapacity));
        Thread heartbeats = Thread.ofPlatform().start(() -> heartbeat(held, stopHeartbeating, running));

        AtomicInteger retriedBusy = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String user = users.get(i);
                SeatApi node = i % 2 == 0 ? viaA : viaB;
                requests.add(clients.submit(() -> {
                    start.await();
                    SeatApi.Reply reply = node.take(user);
                    while (busy(reply)) {
                        retriedBusy.incrementAndGet();
                        Thread.sleep(Long.parseLong(reply.header("Retry-After")) * 1000);
                        reply = node.take(user);
                    }
                    statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
                    if (reply.status() == 201) {
                        held.put(reply.seatId(), node);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> request : requests) {
                request.get(2, TimeUnit.MINUTES);
            }
        }

        System.out.printf("%d requests over two nodes; %d answers were 'busy, retry after 1 s' and were retried%n",
                REQUESTS, retriedBusy.get());
        int granted = FULL + VIEW_ONLY + RESERVED;
        assertThat(statuses.keySet()).as("only grants and 'no seat'").containsOnly(201, 503);
        assertThat(statuses.get(201).get()).isEqualTo(granted);
        assertThat(statuses.get(503).get()).isEqualTo(REQUESTS - granted);
        assertThat(overCapacity.get()).as("a pool was ever over capacity").isFalse();
        assertThat(inUse()).containsExactlyInAnyOrderEntriesOf(Map.of("FULL_ACCESS", FULL, "VIEW_ONLY", VIEW_ONLY,
                "RESERVED", RESERVED));
        Map<String, Integer> seats = openSeatsByKind();
        assertThat(seats.get("FULL")).isEqualTo(FULL);
        assertThat(seats.get("RESERVED")).isEqualTo(RESERVED);
        assertThat(seats.getOrDefault("VIEW_ONLY", 0) + seats.getOrDefault("OVERFLOW", 0)).isEqualTo(VIEW_ONLY);
        Map<String, Integer> byNode = openSeatsByNode();
        assertThat(byNode.get("node-a")).isPositive();
        assertThat(byNode.get("node-b")).isPositive();

        long portalOnA = nodeA.getBean(Admissions.class).admit(
                new Applicant(System.nanoTime() % 1_000_000_000L + 1_000_000_000L, "portal-on-a", "Portal on A",
                        AdmissionClass.EXEMPT), ClientDetails.portal("10.0.0.1", "Chromium", "node-a")).id().value();
        held.forEach((seat, node) -> {
            if (node == viaA) {
                stopHeartbeating.add(seat);
            }
        });
        long stopped = System.nanoTime();
        nodeA.close();
        long closedAfter = (System.nanoTime() - stopped) / 1_000_000;
        long deadline = System.nanoTime() + Duration.ofSeconds(LEASE + GRACE + 10).toNanos();
        while (openSeatsByNode().getOrDefault("node-a", 0) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long reclaimedAfter = (System.nanoTime() - stopped) / 1_000_000;
        running.set(false);
        sampler.join();
        heartbeats.join();

        System.out.printf("Node A's %d API seats and its portal session were all ended %d ms after it stopped"
                + " (it took %d ms to stop; lease %d s + grace %d s)%n", byNode.get("node-a"), reclaimedAfter, closedAfter,
                LEASE, GRACE);
        assertThat(openSeatsByNode()).as("node A's seats reclaimed, node B's kept alive").containsOnlyKeys("node-b");
        assertThat(openSeatsByNode().get("node-b")).isEqualTo(byNode.get("node-b"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session WHERE node = 'node-a' AND end_reason = 'LEASE_EXPIRED'"
                + " AND ended_at >= last_heartbeat + INTERVAL ? SECOND", Integer.class, LEASE + GRACE))
                .as("reclaimed only after lease plus grace").isEqualTo(byNode.get("node-a"));
        assertThat(inUse().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(byNode.get("node-b"));
        assertThat(jdbc.queryForObject("SELECT end_reason FROM user_session WHERE id = ?", String.class, portalOnA))
                .as("a portal session of the stopped node, whose UI died with it").isEqualTo("NODE_LOST");
    }

    /** The server asked the client to come back (database busy), as a well-behaved client does. */
    private static boolean busy(SeatApi.Reply reply) {
        return reply.status() == 503 && "busy".equals(reply.json().path("reason").asString());
    }

    private static List<String> users() {
        String prefix = SeatApiFixtures.unique("burst");
        List<String> users = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String kind = i % 10 == 0 ? "RESERVED" : i % 10 < 4 ? "VIEW_ONLY" : "STANDARD";
            String username = prefix + "-" + i;
            users.add(username);
            rows.add(new Object[] {username, username, kind});
        }
        jdbc.batchUpdate("INSERT INTO app_user (first_name, last_name, username, password_hash, role, active, concurrent_class)"
                + " VALUES ('Burst', ?, ?, '{noop}unused', 'USER', TRUE, ?)", rows);
        return users;
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
                        WHEN 'RESERVED' THEN 'RESERVED' WHEN 'EXEMPT' THEN '' ELSE 'VIEW_ONLY' END = p.kind)""",
                    Integer.class);
            if (overfull != null && overfull > 0) {
                overCapacity.set(true);
            }
            pause(10);
        }
    }

    /** Every held seat renews its lease through the node that granted it, all in parallel, every second. */
    private static void heartbeat(Map<Long, SeatApi> held, Set<Long> stopped, AtomicBoolean running) {
        while (running.get()) {
            try (ExecutorService beats = Executors.newVirtualThreadPerTaskExecutor()) {
                held.forEach((seat, node) -> {
                    if (!stopped.contains(seat)) {
                        beats.submit(() -> node.heartbeat(seat, false));
                    }
                });
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
        Map<String, Integer> inUse = new java.util.HashMap<>();
        jdbc.query("SELECT kind, in_use FROM seat_pool", rs -> {
            inUse.put(rs.getString("kind"), rs.getInt("in_use"));
        });
        return inUse;
    }

    private static Map<String, Integer> openSeatsByKind() {
        return grouped("seat_kind");
    }

    private static Map<String, Integer> openSeatsByNode() {
        return grouped("node");
    }

    private static Map<String, Integer> grouped(String column) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.query("SELECT " + column + " AS k, COUNT(*) AS n FROM user_session WHERE ended_at IS NULL GROUP BY " + column,
                rs -> {
                    counts.put(rs.getString("k"), rs.getInt("n"));
                });
        return counts;
    }

    private static ConfigurableApplicationContext start(String node) {
        // Command-line arguments, because they override application.properties as an operator's would.
        return new SpringApplicationBuilder(SeatkeeperApplication.class).run(
                "--server.port=0",
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
