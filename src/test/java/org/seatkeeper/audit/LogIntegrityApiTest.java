package org.seatkeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.SignInAttempt;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/log-integrity: the command-line check of both logs, for administrators only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogIntegrityApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEventPublisher events;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void twoAttemptsAndAPlainUser() {
        users.add("plain-reader").password("reader-pass-1").insert();
        events.publishEvent(new SignInAttempt("ann", Instant.now(), "10.0.0.1", true, "signed in", null, "portal"));
        events.publishEvent(new SignInAttempt("bob", Instant.now(), "10.0.0.2", false, "bad password", null, "portal"));
    }

    @Test
    void an_administrator_learns_that_both_logs_are_intact_then_which_entry_was_deleted() throws Exception {
        HttpResponse<String> intact = get("admin", "admin-test-password");

        assertThat(intact.statusCode()).isEqualTo(200);
        JsonNode access = JsonMapper.builder().build().readTree(intact.body()).get(0);
        assertThat(access.get("log").asString()).isEqualTo("access log");
        assertThat(access.get("intact").asBoolean()).isTrue();
        // the two attempts above and the administrator's own sign-in to this API
        assertThat(access.get("checked").asLong()).isGreaterThanOrEqualTo(2);

        jdbc.update("DELETE FROM access_log WHERE username = 'ann'");
        JsonNode broken = JsonMapper.builder()
                .build()
                .readTree(get("admin", "admin-test-password").body())
                .get(0);

        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("problem").asString())
                .startsWith("1 entry is missing just before entry")
                .contains("bob");
    }

    @Test
    void a_user_without_the_administrator_role_is_refused_with_a_problem() throws Exception {
        HttpResponse<String> refused = get("plain-reader", "reader-pass-1");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> get(String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/log-integrity"))
                        .header("Authorization", "Basic " + basic)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
