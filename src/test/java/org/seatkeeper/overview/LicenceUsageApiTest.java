package org.seatkeeper.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/licence-usage: every pot and the concurrent pools, for administrator credentials only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LicenceUsageApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void knownPools() {
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 3 WHEN 'VIEW_ONLY' THEN 5 ELSE 1 END");
        jdbc.update("UPDATE seat_pool SET in_use = 2 WHERE kind = 'FULL_ACCESS'");
        TestAccounts.ensure(jdbc, "api-reader", "USER");
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = 'api-reader'", passwords.encode("reader-pass-1"));
    }

    @Test
    void an_administrator_reads_every_pot_and_the_pools_as_json() throws Exception {
        HttpResponse<String> response = get("admin", "admin-test-password");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("pots").size()).isPositive();
        JsonNode pot = body.get("pots").get(0);
        assertThat(pot.get("capacity").asInt() - pot.get("inUse").asInt()).isEqualTo(pot.get("free").asInt());
        assertThat(pot.has("scope")).isTrue();
        JsonNode full = body.get("pools").get("full");
        assertThat(full.get("capacity").asInt()).isEqualTo(3);
        assertThat(full.get("inUse").asInt()).isEqualTo(2);
        assertThat(full.get("remaining").asInt()).isEqualTo(1);
        assertThat(body.get("pools").get("viewOnly").get("remaining").asInt()).isEqualTo(5);
        assertThat(body.get("pools").get("reserved").get("capacity").asInt()).isEqualTo(1);
    }

    @Test
    void a_wrong_password_gets_401() throws Exception {
        assertThat(get("admin", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void a_user_without_the_administrator_role_gets_403_as_a_problem() throws Exception {
        HttpResponse<String> response = get("api-reader", "reader-pass-1");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("\"pots\"");
    }

    private HttpResponse<String> get(String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/licence-usage"))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
