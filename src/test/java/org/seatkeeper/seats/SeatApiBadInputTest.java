package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.seats.SeatApiFixtures.asAdministrator;
import static org.seatkeeper.seats.SeatApiFixtures.register;
import static org.seatkeeper.seats.SeatApiFixtures.unique;
import static org.seatkeeper.seats.SeatApiFixtures.user;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a client can get wrong answers with a clear 4xx problem, never a 500, and writes nothing:
 * no session, no seat, no access log row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeatApiBadInputTest {

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

    final HttpClient http = HttpClient.newHttpClient();
    RegisteredClient registered;
    SeatApi app;
    String jane;
    long sessionsBefore;
    long logBefore;

    @BeforeEach
    void anApplicationAndAUser() {
        TestPools.set(jdbc, 2, 1, 1);
        registered = register(currentUser, clients, unique("Bad input app "));
        app = new SeatApi(http, port, registered.token());
        jane = unique("jane");
        user(users, jane, "STANDARD");
        sessionsBefore = count("user_session");
        logBefore = count("access_log");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("user_session")).as("sessions").isEqualTo(sessionsBefore);
        assertThat(count("access_log")).as("access log rows").isEqualTo(logBefore);
        assertThat(jdbc.queryForObject("SELECT SUM(in_use) FROM seat_pool", Integer.class))
                .isZero();
    }

    @Test
    void malformed_json_is_a_400_problem() {
        assertProblem(app.post("/seats", "{\"username\": \"" + jane + "\""), 400, "not valid JSON");
    }

    @Test
    void a_missing_username_is_a_400_problem_naming_the_field() {
        assertProblem(app.post("/seats", "{\"reference\": \"x\"}"), 400, "username is required");
        assertProblem(app.post("/seats", "{\"username\": \"   \"}"), 400, "username is required");
    }

    @Test
    void an_unknown_field_is_a_400_problem_naming_it() {
        assertProblem(
                app.post("/seats", "{\"username\": \"" + jane + "\", \"seats\": 5}"), 400, "Unknown field 'seats'");
    }

    @Test
    void wrong_types_are_400_problems_naming_the_field() {
        assertProblem(app.post("/seats", "{\"username\": {\"first\": \"jane\"}}"), 400, "'username'");
        assertProblem(app.post("/seats/1/heartbeat", "{\"acted\": \"often\"}"), 400, "'acted'");
        assertProblem(app.post("/seats/1/heartbeat", "{}"), 400, "acted is required");
        assertProblem(app.post("/seats/abc/heartbeat", "{\"acted\": true}"), 400, "id must be a number");
        assertProblem(app.post("/seats", "[1, 2, 3]"), 400, "JSON");
    }

    @Test
    void invalid_values_are_400_problems() {
        assertProblem(
                app.post("/seats", "{\"username\": \"" + jane + "\", \"ip\": \"<script>\"}"),
                400,
                "ip must be an IPv4 or IPv6 address");
        assertProblem(app.post("/seats", "{\"username\": \"" + "x".repeat(101) + "\"}"), 400, "at most 100");
    }

    @Test
    void a_username_with_a_control_or_invisible_character_or_a_space_around_it_is_a_400_invalid_username() {
        String name = jane.substring(0, 3) + "%s" + jane.substring(3);
        for (String character : List.of("\\u0000", "\\u200B", "\\u202E", "\\uFEFF", "\\u0007", "\\u001B", "\\u007F")) {
            SeatApi.Reply reply = app.post("/seats", "{\"username\": \"" + name.formatted(character) + "\"}");
            assertProblem(reply, 400, "invisible or control character (character 4)");
            assertThat(reply.json().get("reason").asString()).isEqualTo("invalid-username");
        }
        assertProblem(app.post("/seats", "{\"username\": \"" + jane + " \"}"), 400, "starts or ends with a space");
        assertProblem(
                app.post("/seats", "{\"username\": \"\uFF4A" + jane.substring(1) + "\"}"), 400, "fullwidth letter");
    }

    @Test
    void a_body_over_16_kib_is_a_413_problem_whether_its_length_is_declared_or_streamed() {
        String huge = "{\"username\": \"" + jane + "\", \"reference\": \"" + "r".repeat(20_000) + "\"}";
        assertProblem(app.post("/seats", huge), 413, "16 KiB");

        HttpRequest chunked = app.request("/seats")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(chunks(huge)))
                .build();
        assertProblem(app.send(chunked), 413, "16 KiB");
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem_naming_the_type_sent() {
        HttpRequest text = app.request("/seats")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + jane))
                .build();
        assertProblem(app.send(text), 415, "'text/plain");
    }

    @Test
    void a_missing_unknown_revoked_or_expired_token_is_a_401_problem_that_says_why() {
        assertProblem(new SeatApi(http, port, null).take(jane), 401, "Bearer");
        assertProblem(new SeatApi(http, port, "skt_not-a-real-token").take(jane), 401, "No registered application");
        assertProblem(new SeatApi(http, port, "something else").take(jane), 401, "not a Seatkeeper client token");

        RegisteredClient expired = register(currentUser, clients, unique("Expired app "));
        jdbc.update(
                "UPDATE api_client SET expires_at = CURRENT_TIMESTAMP(3) - INTERVAL 1 DAY WHERE id = ?", expired.id());
        assertProblem(new SeatApi(http, port, expired.token()).take(jane), 401, "expired");

        asAdministrator(currentUser, () -> {
            clients.revoke(registered.id());
            return null;
        });
        assertProblem(app.take(jane), 401, "revoked");
        assertProblem(app.heartbeat(1, true), 401, "revoked");
    }

    @Test
    void a_method_a_seat_does_not_have_is_a_405_problem_naming_the_method() {
        SeatApi.Reply reply = app.get("/seats/1");

        assertProblem(reply, 405, "'GET'");
        assertThat(reply.header("Allow")).as("the methods it has").contains("DELETE");
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        assertProblem(app.get("/nothing-here"), 404, "nothing-here");
    }

    @Test
    void trace_and_unknown_methods_are_405_problems_not_a_redirect_to_the_login_page() {
        for (String method : List.of("TRACE", "FOO", "PUT", "PATCH")) {
            SeatApi.Reply reply = app.send(app.request("/seats")
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .build());
            assertProblem(reply, 405, method.startsWith("P") ? "'" + method + "'" : "not allowed");
            assertThat(reply.header("Location")).as(method).isNull();
        }
    }

    @Test
    void path_parameters_and_encoded_dots_are_400_problems_from_the_firewall() {
        SeatApi.Reply sessionInPath =
                app.send(app.request("/seats/1;jsessionid=x").DELETE().build());
        assertProblem(sessionInPath, 400, ";jsessionid=");
        assertThat(sessionInPath.json().get("reason").asString()).isEqualTo("rejected-request");
        assertProblem(app.get("/seats/%2e%2e"), 400, "encoded dots");
        assertProblem(app.send(app.request("/seats/%2e%2e/seats").DELETE().build()), 400, "encoded dots");
        assertProblem(app.get("/seats/a%2fb"), 400, "encoded dots or slashes");
        assertProblem(app.get("/seats/a%5cb"), 400, "encoded dots or slashes");
    }

    @Test
    void a_body_with_broken_chunked_framing_is_a_400_problem() throws Exception {
        String request = "POST /api/v1/seats HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + registered.token() + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{\"username\":\"" + jane
                + "\"}\r\n0\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer)
                    .as(answer)
                    .startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"reason\":\"")
                    .doesNotContain("Location:");
        }
    }

    @Test
    void a_value_of_another_type_is_never_coerced() {
        assertProblem(app.post("/seats", "{\"username\": 12345}"), 400, "'username'");
        assertProblem(app.post("/seats", "{\"username\": true}"), 400, "'username'");
        assertProblem(app.post("/seats", "{\"username\": \"" + jane + "\", \"ip\": 123}"), 400, "'ip'");
        assertProblem(app.post("/seats/1/heartbeat", "{\"acted\": 1}"), 400, "'acted'");
        assertProblem(app.post("/seats/1/heartbeat", "{\"acted\": \"true\"}"), 400, "'acted'");
        assertProblem(app.post("/seats/1/heartbeat", "{\"acted\": \"\"}"), 400, "'acted'");
    }

    @Test
    void a_key_given_twice_is_a_400_problem() {
        assertProblem(
                app.post("/seats", "{\"username\": \"nobody\", \"username\": \"" + jane + "\"}"),
                400,
                "not valid JSON");
        assertProblem(app.post("/seats/1/heartbeat", "{\"acted\": false, \"acted\": true}"), 400, "not valid JSON");
    }

    @Test
    void a_seat_id_in_hexadecimal_or_with_a_sign_is_a_400_problem_not_another_seat() {
        for (String id : List.of("0x10", "+1", "-1", "1e3", "0010.0", "99999999999999999999")) {
            SeatApi.Reply release =
                    app.send(app.request("/seats/" + id).DELETE().build());
            assertProblem(release, 400, "decimal digits");
            assertThat(release.json().get("reason").asString()).isEqualTo("invalid-id");
            assertProblem(app.post("/seats/" + id + "/heartbeat", "{\"acted\": true}"), 400, "decimal digits");
        }
    }

    /** A problem detail (RFC 9457) with this status in the answer and in its body, and a detail that says why. */
    private void assertProblem(SeatApi.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.json().get("title").asString()).as(reply.toString()).isNotBlank();
        assertThat(reply.json().get("detail").asString())
                .as(reply.toString())
                .isNotBlank()
                .contains(detail);
        assertThat(reply.json().get("reason").asString())
                .as("one shape: a top-level reason " + reply)
                .matches("[a-z]+(-[a-z]+)*");
        assertThat(reply.json().get("type").asString())
                .as(reply.toString())
                .isEqualTo(
                        "urn:seatkeeper:problem:" + reply.json().get("reason").asString());
        assertThat(reply.json().has("properties")).as(reply.toString()).isFalse();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** The body as a stream of 1 KiB chunks with no declared length (chunked transfer encoding). */
    private static Flow.Publisher<java.nio.ByteBuffer> chunks(String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<java.nio.ByteBuffer> parts = new java.util.ArrayList<>();
        for (int i = 0; i < bytes.length; i += 1024) {
            parts.add(java.nio.ByteBuffer.wrap(bytes, i, Math.min(1024, bytes.length - i)));
        }
        return subscriber -> {
            Iterator<java.nio.ByteBuffer> next = parts.iterator();
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    for (long i = 0; i < n && next.hasNext(); i++) {
                        subscriber.onNext(next.next());
                    }
                    if (!next.hasNext()) {
                        subscriber.onComplete();
                    }
                }

                @Override
                public void cancel() {}
            });
        };
    }
}
