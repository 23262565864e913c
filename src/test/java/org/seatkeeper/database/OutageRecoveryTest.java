package org.seatkeeper.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.seats.SeatApi;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.TestNodes;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The database stops under a running application and comes back on the same data. Meanwhile the seat
 * API answers 503 {@code busy} with Retry-After, a portal sign-in is refused, and readiness is DOWN;
 * afterwards the same application (no restart) answers again, and every seat is counted exactly once,
 * also a seat whose lease ran out during the outage, since its application could not renew it then.
 * <p>
 * The server and the application are this test's own (a MariaDB with its own data folder and port, an
 * application context pointed at it as at an external database), so stopping it disturbs no other test.
 */
class OutageRecoveryTest {

    static final String PASSWORD = "Outage-test-pw-1";
    static final int LEASE_SECONDS = 10;
    static final int GRACE_SECONDS = 5;

    @TempDir
    Path folder;

    EmbeddedMariaDb db;
    ConfigurableApplicationContext app;
    JdbcTemplate jdbc;
    SeatApi api;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void startOwnDatabaseAndApplication() {
        db = EmbeddedMariaDb.launch(new EmbeddedMariaDbProperties(folder, "outage", false));
        app = TestNodes.start(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--spring.datasource.hikari.pool-name=outage",
                // The reclaimer runs, with a lease the outage outlasts: silence during it must cost no seat.
                "--seatkeeper.scheduling.enabled=true",
                "--seatkeeper.seats.lease=" + LEASE_SECONDS + "s",
                "--seatkeeper.seats.grace=" + GRACE_SECONDS + "s",
                "--seatkeeper.seats.reclaim-every=500ms");
        // A connection of the test's own, outside the application's pool, for the figures.
        jdbc = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password()));
        TestPools.set(jdbc, 10, 10, 0);
        TestUsers users = new TestUsers(jdbc, app.getBean(PasswordEncoder.class));
        for (String name : List.of("api.before", "api.during", "portal.before", "portal.during")) {
            users.add(name)
                    .named("Outage", name)
                    .password(PASSWORD)
                    .concurrentClass("STANDARD")
                    .insert();
        }
        String token = app.getBean(CurrentUser.class)
                .runAs(
                        UsernamePasswordAuthenticationToken.authenticated(
                                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))),
                        () -> app.getBean(ApiClients.class).register("Outage app", "Test application", null))
                .token();
        api = new SeatApi(http, port(), token);
    }

    @AfterEach
    void stopBoth() {
        if (app != null) {
            app.close();
        }
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void during_an_outage_nothing_is_admitted_and_afterwards_every_seat_is_counted_exactly_once() throws Exception {
        SeatApi.Reply held = api.take("api.before");
        assertThat(held.status()).isEqualTo(201);
        assertThat(signIn("portal.before"))
                .as("portal sign-in before the outage")
                .doesNotContain("error");
        assertThat(readiness()).isEqualTo(200);
        assertThat(seatsCounted()).isEqualTo(new Seats(2, 2));

        long outageStarted = System.nanoTime();
        db.suspend();

        SeatApi.Reply refused = api.take("api.during");
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("reason").asString()).isEqualTo("busy");
        assertThat(refused.json().path("detail").asString()).contains("cannot reach its database");
        assertThat(refused.header("Retry-After")).isEqualTo("10");
        SeatApi.Reply renewal = api.heartbeat(held.seatId(), true);
        assertThat(renewal.status()).isEqualTo(503);
        assertThat(renewal.json().path("reason").asString()).isEqualTo("busy");
        HttpResponse<String> basic = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/seats/" + held.seatId()))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        ("admin:admin-test-password").getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode())
                .as("HTTP Basic: the password cannot be checked")
                .isEqualTo(503);
        assertThat(basic.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(signIn("portal.during"))
                .as("portal sign-in during the outage")
                .contains("/login?error");
        assertThat(readiness()).isEqualTo(503);
        assertThat(status("/actuator/health/liveness"))
                .as("alive: no reason to restart it")
                .isEqualTo(200);

        // The refused calls above took longer than this already (each waits 5 s for a connection).
        await().atMost(Duration.ofSeconds(60))
                .until(() -> System.nanoTime() - outageStarted
                        > Duration.ofSeconds(LEASE_SECONDS + GRACE_SECONDS + 1).toNanos());
        db.resume();

        await().atMost(Duration.ofSeconds(60)).until(() -> readiness() == 200);
        assertThat(seatsCounted())
                .as("nothing lost, nothing counted during the outage")
                .isEqualTo(new Seats(2, 2));
        assertThat(api.heartbeat(held.seatId(), true).status())
                .as("the seat held before")
                .isBetween(200, 204);
        assertThat(api.take("api.during").status()).isEqualTo(201);
        assertThat(signIn("portal.during")).doesNotContain("error");
        assertThat(seatsCounted()).isEqualTo(new Seats(4, 4));
    }

    /** Seats in use as the pool counts them, and as open sessions. */
    record Seats(int inUse, int openSessions) {}

    private Seats seatsCounted() {
        return new Seats(
                TestPools.inUse(jdbc, "FULL_ACCESS"),
                jdbc.queryForObject("SELECT COUNT(*) FROM user_session WHERE ended_at IS NULL", Integer.class));
    }

    /** The portal's login form, as a browser posts it; the answer's Location. */
    private String signIn(String username) throws Exception {
        HttpResponse<String> reply = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as("sign-in answer %s", reply.body()).isEqualTo(302);
        return reply.headers().firstValue("Location").orElse("");
    }

    private int readiness() throws Exception {
        return status("/actuator/health/readiness");
    }

    private int status(String path) throws Exception {
        String management = app.getEnvironment().getProperty("local.management.port");
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + management + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private String base() {
        return "http://localhost:" + port();
    }

    private int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
