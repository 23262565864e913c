package org.seatkeeper.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/usage and its CSV: the series of a pool, for administrator credentials, and bad input named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsageApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    final HttpClient http = HttpClient.newHttpClient();
    Instant t0;

    @BeforeEach
    void aFullMinuteWithRefusalsTwoHoursAgo() {
        TestPools.set(jdbc, 3, 0, 0);
        users.add("plain-user").password("plain-pass-1").insert();
        t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        minute(t0, 0, 2, 2, 0);
        minute(t0.plus(Duration.ofMinutes(2)), 2, 3, 1, 4);
    }

    @Test
    void an_administrator_reads_a_pools_minutes_with_the_quiet_ones_filled() throws Exception {
        HttpResponse<String> response = get("/api/v1/usage?pool=full-access&resolution=minute&from=" + t0 + "&to="
                + t0.plus(Duration.ofMinutes(4)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("pool").asString()).isEqualTo("FULL_ACCESS");
        assertThat(body.get("poolName").asString()).isEqualTo("Full-access");
        assertThat(body.get("resolution").asString()).isEqualTo("minute");
        assertThat(body.get("from").asString()).isEqualTo(t0.toString());
        List<String> points = new ArrayList<>();
        body.get("points")
                .forEach(p -> points.add(p.get("start").asString().substring(14, 16) + " peak "
                        + p.get("peakInUse").asInt() + "/" + p.get("capacity").asInt() + " refused "
                        + p.get("denials").asInt()
                        + " full " + p.get("minutesAtCapacity").asInt()));
        assertThat(points)
                .containsExactly(
                        "00 peak 2/3 refused 0 full 0",
                        "01 peak 2/3 refused 0 full 0",
                        "02 peak 3/3 refused 4 full 1",
                        "03 peak 1/3 refused 0 full 0");
        JsonNode summary = body.get("summary");
        assertThat(summary.get("peakInUse").asInt()).isEqualTo(3);
        assertThat(summary.get("averageInUse").asDouble()).isEqualTo(2.0);
        assertThat(summary.get("denials").asInt()).isEqualTo(4);
        assertThat(body.has("whatIf")).isFalse();
    }

    @Test
    void a_capacity_adds_the_what_if_estimate() throws Exception {
        HttpResponse<String> response = get("/api/v1/usage?pool=FULL_ACCESS&resolution=minute&capacity=5&from=" + t0
                + "&to=" + t0.plus(Duration.ofMinutes(4)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode whatIf = JsonMapper.builder().build().readTree(response.body()).get("whatIf");
        assertThat(whatIf.get("capacity").asInt()).isEqualTo(5);
        assertThat(whatIf.get("recordedDenials").asInt()).isEqualTo(4);
        assertThat(whatIf.get("estimatedDenials").asInt())
                .as("2 of the 4 fit on 2 more seats")
                .isEqualTo(2);
        assertThat(whatIf.get("estimatedMinutesAtCapacity").asInt()).isEqualTo(1);
        assertThat(whatIf.get("method").asString()).contains("assumed not to come back");
    }

    @Test
    void the_same_series_comes_as_csv() throws Exception {
        HttpResponse<String> response = get("/api/v1/usage.csv?pool=full-access&resolution=minute&from=" + t0 + "&to="
                + t0.plus(Duration.ofMinutes(3)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"usage-full-access-minute.csv\"");
        assertThat(response.body().lines().toList())
                .containsExactly(
                        "Start (UTC),Pool,Peak in use,Average in use,Capacity,Minutes at capacity,Refused sign-ins",
                        t0 + ",Full-access,2,2.0,3,0,0",
                        t0.plus(Duration.ofMinutes(1)) + ",Full-access,2,2.0,3,0,0",
                        t0.plus(Duration.ofMinutes(2)) + ",Full-access,3,3.0,3,1,4");
    }

    @Test
    void hours_are_the_default_resolution() throws Exception {
        HttpResponse<String> response =
                get("/api/v1/usage?pool=full-access&from=" + t0 + "&to=" + t0.plus(Duration.ofHours(1)));

        JsonNode point = JsonMapper.builder()
                .build()
                .readTree(response.body())
                .get("points")
                .get(0);
        assertThat(point.get("peakInUse").asInt()).isEqualTo(3);
        // minutes 0-1 at 2, minute 2 at 3, 57 minutes at 1: (4 + 3 + 57) / 60
        assertThat(point.get("averageInUse").asDouble()).isEqualTo(1.067);
        assertThat(point.get("denials").asInt()).isEqualTo(4);
    }

    @Test
    void each_bad_parameter_gives_400_with_its_reason_and_a_detail_naming_the_value() throws Exception {
        assertBad(
                "/api/v1/usage?pool=gold",
                "unknown-pool",
                "pool",
                "pool must be full-access, view-only or reserved, not 'gold'.");
        assertBad("/api/v1/usage", "missing-pool", "pool", "pool is required: full-access, view-only or reserved.");
        assertBad(
                "/api/v1/usage?pool=reserved&resolution=second",
                "invalid-resolution",
                "resolution",
                "resolution must be minute or hour, not 'second'.");
        assertBad(
                "/api/v1/usage?pool=reserved&from=yesterday",
                "invalid-date",
                "from",
                "from must be a date (2026-11-30, from midnight"
                        + " UTC) or a date and time with its zone (2026-11-30T08:00:00Z), not 'yesterday'.");
        assertBad(
                "/api/v1/usage?pool=reserved&to=2026-02-30",
                "invalid-date",
                "to",
                "to must be a date (2026-11-30, from midnight"
                        + " UTC) or a date and time with its zone (2026-11-30T08:00:00Z), not '2026-02-30'.");
        assertBad(
                "/api/v1/usage?pool=reserved&from=2026-05-02&to=2026-05-01",
                "period-reversed",
                "from",
                "from (2026-05-02T00:00:00Z) must be before to (2026-05-01T00:00:00Z).");
        assertBad(
                "/api/v1/usage?pool=reserved&resolution=minute&from=2026-05-01&to=2026-05-09",
                "period-too-long",
                "to",
                "By the minute a series covers at most 7 days (168 hours);"
                        + " from 2026-05-01T00:00:00Z to 2026-05-09T00:00:00Z is 192 hours.");
        assertBad(
                "/api/v1/usage?pool=reserved&from=2024-01-01&to=2026-05-01",
                "period-too-long",
                "to",
                "By the hour a series covers at most 731 days (17544 hours);"
                        + " from 2024-01-01T00:00:00Z to 2026-05-01T00:00:00Z is 20424 hours.");
        assertBad(
                "/api/v1/usage?pool=reserved&resolution=minute&capacity=-2",
                "invalid-capacity",
                "capacity",
                "capacity must be a whole number of seats from 0 to 100000, not '-2'.");
        assertBad(
                "/api/v1/usage?pool=reserved&resolution=minute&capacity=many",
                "invalid-capacity",
                "capacity",
                "capacity must be a whole number of seats from 0 to 100000, not 'many'.");
        assertBad(
                "/api/v1/usage?pool=reserved&capacity=4",
                "capacity-needs-minutes",
                "capacity",
                "capacity=4 (what-if) needs resolution=minute, not hour: only recorded minutes can be replayed.");
        assertBad(
                "/api/v1/usage.csv?pool=gold",
                "unknown-pool",
                "pool",
                "pool must be full-access, view-only or reserved, not 'gold'.");
    }

    @Test
    void a_period_a_few_hours_too_long_shows_a_length_above_the_most_not_equal_to_it() throws Exception {
        // 7 days and 1 minute: whole days rounded down said "is 7 days" after "at most 7 days".
        assertBad(
                "/api/v1/usage?pool=reserved&resolution=minute&from=2026-05-01T00:00:00Z&to=2026-05-08T00:01:00Z",
                "period-too-long",
                "to",
                "By the minute a series covers at most 7 days (168 hours);"
                        + " from 2026-05-01T00:00:00Z to 2026-05-08T00:01:00Z is 169 hours.");
    }

    @Test
    void each_bad_parameter_is_said_in_swedish_with_accept_language_sv() throws Exception {
        assertBadInSwedish(
                "/api/v1/usage?pool=gold",
                "unknown-pool",
                "pool måste vara full-access, view-only eller reserved, inte 'gold'.");
        assertBadInSwedish("/api/v1/usage", "missing-pool", "pool krävs: full-access, view-only eller reserved.");
        assertBadInSwedish(
                "/api/v1/usage?pool=reserved&resolution=second",
                "invalid-resolution",
                "resolution måste vara minute eller hour, inte 'second'.");
        assertBadInSwedish(
                "/api/v1/usage?pool=reserved&from=yesterday",
                "invalid-date",
                "from måste vara ett datum (2026-11-30, från midnatt UTC) eller ett datum och en tid med tidszon"
                        + " (2026-11-30T08:00:00Z), inte 'yesterday'.");
        assertBadInSwedish(
                "/api/v1/usage?pool=reserved&from=2026-05-02&to=2026-05-01",
                "period-reversed",
                "from (2026-05-02T00:00:00Z) måste vara före to (2026-05-01T00:00:00Z).");
        assertBadInSwedish(
                "/api/v1/usage?pool=reserved&resolution=minute&from=2026-05-01&to=2026-05-09",
                "period-too-long",
                "Per minut täcker en serie högst 7 dagar (168 timmar);"
                        + " från 2026-05-01T00:00:00Z till 2026-05-09T00:00:00Z är 192 timmar.");
        assertBadInSwedish(
                "/api/v1/usage?pool=reserved&from=2024-01-01&to=2026-05-01",
                "period-too-long",
                "Per timme täcker en serie högst 731 dagar (17544 timmar);"
                        + " från 2024-01-01T00:00:00Z till 2026-05-01T00:00:00Z är 20424 timmar.");
        assertBadInSwedish(
                "/api/v1/usage?pool=reserved&resolution=minute&capacity=-2",
                "invalid-capacity",
                "capacity måste vara ett helt antal platser från 0 till 100000, inte '-2'.");
        assertBadInSwedish(
                "/api/v1/usage?pool=reserved&capacity=4",
                "capacity-needs-minutes",
                "capacity=4 (tänk om) kräver resolution=minute, inte hour: bara registrerade minuter kan spelas upp igen.");
    }

    @Test
    void the_openapi_document_lists_every_reason_of_a_bad_parameter() throws Exception {
        JsonNode paths = JsonMapper.builder()
                .build()
                .readTree(get("/api/v1/openapi.json").body())
                .get("paths");

        for (String path : List.of("/api/v1/usage", "/api/v1/usage.csv")) {
            JsonNode badRequest = paths.get(path).get("get").get("responses").get("400");
            String description = badRequest.get("description").asString();
            for (BadUsageParameter.Reason reason : BadUsageParameter.Reason.values()) {
                assertThat(description).as(path).contains("(" + reason.code + ")");
            }
            assertThat(badRequest
                            .get("content")
                            .get("application/problem+json")
                            .get("schema")
                            .get("$ref")
                            .asString())
                    .as(path)
                    .isEqualTo("#/components/schemas/Problem");
        }
    }

    @Test
    void credentials_without_the_administrator_role_get_403_and_none_401() throws Exception {
        assertThat(get("/api/v1/usage?pool=full-access", "plain-user", "plain-pass-1")
                        .statusCode())
                .isEqualTo(403);
        HttpRequest anonymous = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/usage?pool=full-access"))
                .GET()
                .build();
        assertThat(http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void the_openapi_document_describes_the_endpoint() throws Exception {
        HttpResponse<String> response = get("/api/v1/openapi.json");

        JsonNode usage = JsonMapper.builder()
                .build()
                .readTree(response.body())
                .get("paths")
                .get("/api/v1/usage");
        assertThat(usage.get("get").get("summary").asString()).isEqualTo("A pool's usage history");
        List<String> parameters = new ArrayList<>();
        usage.get("get")
                .get("parameters")
                .forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).containsExactly("pool", "from", "to", "resolution", "capacity");
    }

    private void assertBad(String path, String reason, String parameter, String detail) throws Exception {
        JsonNode problem = problem(get(path), path, reason);
        assertThat(problem.get("parameter").asString()).as(path).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).as(path).isEqualTo(detail);
    }

    private void assertBadInSwedish(String path, String reason, String detail) throws Exception {
        JsonNode problem = problem(get(path, "sv"), path, reason);
        assertThat(problem.get("detail").asString()).as(path).isEqualTo(detail);
    }

    /** The seat API's shape: 400, problem+json, the reason top-level and at the end of the type. */
    private static JsonNode problem(HttpResponse<String> response, String path, String reason) {
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("reason").asString()).as(path).isEqualTo(reason);
        assertThat(problem.get("type").asString()).as(path).isEqualTo("urn:seatkeeper:problem:" + reason);
        assertThat(problem.get("title").asString()).as(path).isEqualTo("Bad Request");
        return problem;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "admin", "admin-test-password");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return send(authorized(path, "admin", "admin-test-password")
                .header("Accept-Language", language)
                .build());
    }

    private HttpResponse<String> get(String path, String username, String password) throws Exception {
        return send(authorized(path, username, password).build());
    }

    private HttpRequest.Builder authorized(String path, String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic)
                .GET();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void minute(Instant at, int opening, int peak, int closing, int denials) {
        jdbc.update("""
                INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
                VALUES ('FULL_ACCESS', ?, ?, ?, ?, 3, ?)""", LocalDateTime.ofInstant(at, ZoneOffset.UTC), peak, opening, closing, denials);
    }
}
