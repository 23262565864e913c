package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.seats.SeatApiFixtures.asAdministrator;
import static org.seatkeeper.seats.SeatApiFixtures.register;
import static org.seatkeeper.seats.SeatApiFixtures.unique;
import static org.seatkeeper.seats.SeatApiFixtures.user;

import java.net.http.HttpClient;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.HeldRenewals;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.Sessions;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The seat API over real HTTP on a real MariaDB: grants, refusals, renewals, releases, reclaims. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeatApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClients clients;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TestUsers users;

    @Autowired
    Sessions sessions;

    @Autowired
    Admissions admissions;

    @Autowired
    ApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();
    SeatApi app;
    RegisteredClient registered;
    String jane;

    @BeforeEach
    void oneApplicationAndFreePools() {
        TestPools.set(jdbc, 2, 1, 1);
        registered = register(currentUser, clients, unique("Records app "));
        app = new SeatApi(http, port, registered.token());
        jane = unique("jane");
        user(users, jane, "STANDARD");
    }

    @Test
    void a_seat_is_granted_with_its_kind_and_lease_and_logged_under_the_applications_name() {
        SeatApi.Reply granted = app.take(jane);

        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(granted.json().get("seatKind").asString()).isEqualTo("FULL");
        assertThat(granted.json().get("leaseSeconds").asLong()).isEqualTo(60);
        assertThat(granted.header("Location")).isEqualTo("/api/v1/seats/" + granted.seatId());
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT client FROM access_log WHERE username = ? AND success = TRUE", String.class, jane))
                .isEqualTo(registered.name());
        OpenSession listed = asAdministrator(currentUser, () -> sessions.open()).stream()
                .filter(open -> open.id().value() == granted.seatId())
                .findFirst()
                .orElseThrow();
        assertThat(listed.client()).isEqualTo(registered.name());
        assertThat(listed.reference()).isEqualTo("app-" + jane);
        assertThat(listed.live()).isTrue();
    }

    @Test
    void a_second_seat_for_a_user_signed_in_live_is_refused_with_409_saying_where_and_since_when() {
        app.take(jane);

        SeatApi.Reply again = app.take(jane);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asString()).isEqualTo("already-signed-in");
        assertThat(again.json().get("where").asString())
                .contains(registered.name())
                .contains("10.1.2.3");
        assertThat(again.json().has("since")).isTrue();
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(1);
    }

    @Test
    void when_every_seat_is_taken_the_refusal_is_503_with_retry_after_and_the_figures() {
        TestPools.set(jdbc, 1, 0, 0);
        String other = unique("other");
        user(users, other, "STANDARD");
        assertThat(app.take(other).status()).isEqualTo(201);

        SeatApi.Reply full = app.take(jane);

        assertThat(full.status()).isEqualTo(503);
        assertThat(full.header("Retry-After")).isEqualTo("30");
        assertThat(full.header("Content-Type")).startsWith("application/problem+json");
        assertThat(full.json().get("reason").asString()).isEqualTo("no-seat");
        assertThat(full.json().get("detail").asString())
                .contains("All licences are in use")
                .contains("1 of 1");
        assertThat(jdbc.queryForObject("SELECT reason_code FROM access_log WHERE username = ?", String.class, jane))
                .isEqualTo("no-seat");
    }

    @Test
    void a_full_access_user_overflows_onto_a_view_only_seat_like_in_the_portal() {
        TestPools.set(jdbc, 1, 1, 0);
        String first = unique("first");
        user(users, first, "STANDARD");
        app.take(first);

        SeatApi.Reply overflow = app.take(jane);

        assertThat(overflow.json().get("seatKind").asString()).isEqualTo("OVERFLOW");
        assertThat(TestPools.inUse(jdbc, "VIEW_ONLY")).isEqualTo(1);
    }

    @Test
    void a_refusal_keeps_its_machine_reason_and_says_its_detail_in_the_language_the_application_asks_for() {
        String expired = unique("expired");
        user(users, expired, "STANDARD");
        LocalDate lastDay = LocalDate.now().minusDays(1);
        jdbc.update("UPDATE app_user SET valid_until = ? WHERE username = ?", lastDay, expired);
        String body = "{\"username\":\"" + expired + "\",\"reference\":\"app\"}";

        SeatApi.Reply swedish = app.send(app.request("/seats")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());
        SeatApi.Reply unasked = app.take(expired);

        assertThat(reason(swedish, 403)).isEqualTo("expired");
        assertThat(swedish.json().get("detail").asString())
                .isEqualTo(expired + " får inte logga in: kontot gäller t.o.m. " + lastDay + ".");
        assertThat(reason(unasked, 403)).isEqualTo("expired");
        assertThat(unasked.json().get("detail").asString())
                .isEqualTo(expired + " may not sign in: account valid until " + lastDay + ".");
    }

    @Test
    void users_who_may_not_sign_in_are_refused_with_403_and_the_reason() {
        String inactive = unique("inactive");
        user(users, inactive, "STANDARD");
        jdbc.update("UPDATE app_user SET active = FALSE WHERE username = ?", inactive);
        String expired = unique("expired");
        user(users, expired, "STANDARD");
        jdbc.update(
                "UPDATE app_user SET valid_until = ? WHERE username = ?",
                LocalDate.now().minusDays(1),
                expired);
        String recordsOnly = unique("records");
        user(users, recordsOnly, "STANDARD");
        jdbc.update("""
                INSERT INTO profile (name, licence_type_id)
                SELECT 'Records only (seat API test)', id FROM licence_type WHERE can_log_in = FALSE LIMIT 1
                ON DUPLICATE KEY UPDATE version = profile.version""");
        jdbc.update(
                "UPDATE app_user SET profile_id = (SELECT id FROM profile WHERE name = 'Records only (seat API test)')"
                        + " WHERE username = ?",
                recordsOnly);

        assertThat(reason(app.take(unique("nobody")), 403)).isEqualTo("unknown-user");
        assertThat(reason(app.take(inactive), 403)).isEqualTo("inactive");
        assertThat(reason(app.take(expired), 403)).isEqualTo("expired");
        assertThat(reason(app.take(recordsOnly), 403)).isEqualTo("no-login");
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
        assertThat(jdbc.queryForList(
                        "SELECT reason_code FROM access_log WHERE username IN (?, ?, ?) ORDER BY reason_code",
                        String.class,
                        inactive,
                        expired,
                        recordsOnly))
                .containsExactly("expired", "inactive", "no-login");
    }

    @Test
    void a_heartbeat_renews_the_lease_and_records_activity() {
        long seat = app.take(jane).seatId();
        jdbc.update(
                "UPDATE user_session SET last_heartbeat = last_heartbeat - INTERVAL 50 SECOND,"
                        + " last_activity = last_activity - INTERVAL 50 SECOND WHERE id = ?",
                seat);

        SeatApi.Reply renewed = app.heartbeat(seat, false);

        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.json().get("signOutRequested").asBoolean()).isFalse();
        // Renewals far from their reclaim deadline are written behind, by the flush the tests switch off.
        HeldRenewals.flush(context);
        assertThat(idleSeconds(seat)).isGreaterThanOrEqualTo(49);
        app.heartbeat(seat, true);
        HeldRenewals.flush(context);
        assertThat(idleSeconds(seat)).isLessThan(5);
    }

    @Test
    void releasing_frees_the_seat_at_once_and_later_calls_learn_it_has_ended() {
        long seat = app.take(jane).seatId();

        assertThat(app.release(seat).status()).isEqualTo(204);

        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
        SeatApi.Reply late = app.heartbeat(seat, true);
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.json().get("endReason").asString()).isEqualTo("SIGNED_OUT");
        assertThat(app.release(seat).status()).isEqualTo(410);
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM access_log WHERE username = ? AND reason_code = 'signed-out'",
                        Integer.class,
                        jane))
                .isEqualTo(1);
    }

    @Test
    void another_applications_seat_is_unknown_and_stays_untouched() {
        long seat = app.take(jane).seatId();
        SeatApi intruder = new SeatApi(
                http, port, register(currentUser, clients, unique("Other app ")).token());

        assertThat(reason(intruder.heartbeat(seat, true), 404)).isEqualTo("unknown-seat");
        assertThat(reason(intruder.release(seat), 404)).isEqualTo("unknown-seat");
        assertThat(reason(app.heartbeat(Long.MAX_VALUE, true), 404)).isEqualTo("unknown-seat");

        assertThat(app.heartbeat(seat, false).status()).isEqualTo(200);
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(1);
    }

    @Test
    void an_administrator_closes_a_stale_api_session_and_the_application_learns_it_at_its_next_heartbeat() {
        long seat = app.take(jane).seatId();
        asAdministrator(currentUser, () -> {
            Assertions.assertThatThrownBy(() -> sessions.closeStale(new SessionId(seat)))
                    .isInstanceOf(RefusedException.class)
                    .hasMessageContaining("still live");
            return null;
        });
        jdbc.update("UPDATE user_session SET last_heartbeat = last_heartbeat - INTERVAL 70 SECOND WHERE id = ?", seat);

        asAdministrator(currentUser, () -> {
            sessions.closeStale(new SessionId(seat));
            return null;
        });

        SeatApi.Reply closed = app.heartbeat(seat, true);
        assertThat(closed.status()).isEqualTo(410);
        assertThat(closed.json().get("endReason").asString()).isEqualTo("CLOSED_BY_ADMINISTRATOR");
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
    }

    @Test
    void
            asked_to_sign_out_the_application_is_told_at_its_next_heartbeat_and_the_seat_is_reclaimed_when_time_runs_out() {
        long seat = app.take(jane).seatId();
        asAdministrator(currentUser, () -> {
            sessions.requestSignOut(new SessionId(seat));
            return null;
        });

        SeatApi.Reply told = app.heartbeat(seat, false);
        assertThat(told.json().get("signOutRequested").asBoolean()).isTrue();
        assertThat(told.json().get("signOutBy").asString()).isNotBlank();

        jdbc.update(
                "UPDATE user_session SET sign_out_requested_at = sign_out_requested_at - INTERVAL 61 SECOND"
                        + " WHERE id = ?",
                seat);
        admissions.reclaimLeases();
        assertThat(app.heartbeat(seat, false).json().get("endReason").asString())
                .isEqualTo("SIGN_OUT_REQUEST_EXPIRED");
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
    }

    @Test
    void a_seat_without_heartbeats_past_lease_and_grace_is_reclaimed_but_not_before() {
        long seat = app.take(jane).seatId();
        jdbc.update("UPDATE user_session SET last_heartbeat = last_heartbeat - INTERVAL 85 SECOND WHERE id = ?", seat);
        admissions.reclaimLeases();
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS"))
                .as("within lease plus grace (60 + 30 s)")
                .isEqualTo(1);

        jdbc.update("UPDATE user_session SET last_heartbeat = last_heartbeat - INTERVAL 6 SECOND WHERE id = ?", seat);
        admissions.reclaimLeases();

        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
        assertThat(app.heartbeat(seat, true).json().get("endReason").asString()).isEqualTo("LEASE_EXPIRED");
    }

    @Test
    void the_licence_usage_api_accepts_a_client_token() {
        SeatApi.Reply usage = app.get("/licence-usage");

        assertThat(usage.status()).as(usage.toString()).isEqualTo(200);
        assertThat(usage.json().get("pools").get("full").get("capacity").asInt())
                .isEqualTo(2);
    }

    @Test
    void the_openapi_document_describes_the_seat_endpoints() {
        SeatApi.Reply document = new SeatApi(http, port, null).get("/openapi.json");

        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        JsonNode paths = document.json().get("paths");
        assertThat(paths.has("/api/v1/seats")).isTrue();
        assertThat(paths.has("/api/v1/seats/{id}/heartbeat")).isTrue();
        assertThat(paths.has("/api/v1/licence-usage")).isTrue();
        JsonNode take = paths.get("/api/v1/seats").get("post").get("responses");
        assertThat(take.propertyNames())
                .as("every status a seat request can answer")
                .contains("201", "400", "401", "403", "405", "409", "413", "415", "503");
        assertThat(take.get("503")
                        .get("content")
                        .get("application/problem+json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(paths.get("/api/v1/seats/{id}")
                        .get("delete")
                        .get("responses")
                        .propertyNames())
                .contains("204", "400", "401", "404", "410");
        assertThat(document.json()
                        .get("components")
                        .get("schemas")
                        .get("Problem")
                        .get("properties")
                        .has("reason"))
                .isTrue();
        JsonNode bearer =
                document.json().get("components").get("securitySchemes").get("bearer");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
    }

    private long idleSeconds(long seat) {
        return jdbc.queryForObject(
                "SELECT TIMESTAMPDIFF(SECOND, last_activity, last_heartbeat) FROM user_session" + " WHERE id = ?",
                Long.class,
                seat);
    }

    private static String reason(SeatApi.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        return reply.json().get("reason").asString();
    }
}
