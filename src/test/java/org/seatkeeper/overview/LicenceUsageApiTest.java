package org.seatkeeper.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.DirectoryScene;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
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
    TestUsers users;

    @Autowired
    DirectoryScene scene;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void knownPoolsPotsAndConsumers() {
        TestPools.set(jdbc, 3, 2, 5, 0, 1, 0);
        users.add("api-reader").password("reader-pass-1").insert();
        long documentsOnly = scene.profile("Documents only", "Full", "Documents");
        scene.capacity(scene.modulePot("Documents"), 4);
        users.add("reader-one").withCredentials().profile(documentsOnly).insert();
        users.add("reader-two").withCredentials().profile(documentsOnly).insert();
    }

    @Test
    void an_administrator_reads_every_pot_and_the_pools_as_json() throws Exception {
        HttpResponse<String> response = get("admin", "admin-test-password");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        Map<String, String> pots = new TreeMap<>();
        body.get("pots")
                .forEach(pot -> pots.put(
                        pot.get("scope").asString() + " " + pot.get("name").asString(),
                        pot.get("capacity").asInt() + "/" + pot.get("inUse").asInt() + "/"
                                + pot.get("free").asInt()));
        // every pot the installation has (3 modules, 6 paid licence types, active users), with its figures
        assertThat(pots)
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM named_pot", Integer.class))
                .containsEntry("MODULE Documents", "4/2/2")
                .containsEntry("MODULE Cases", "10/0/10")
                .containsEntry("LICENCE_TYPE Full licences", "10/2/8")
                .containsEntry("ACTIVE_USERS Active users", "25/2/23");
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
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("\"pots\"");
    }

    private HttpResponse<String> get(String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/licence-usage"))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
