package org.seatkeeper.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own problems (bad JSON, an unknown field, a body too large, no or too few credentials) say
 * their {@code detail} in the language of {@code Accept-Language}, English when none or an unspoken one is
 * asked for; {@code type}, {@code status}, {@code reason} and field names stay the same for programs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiProblemsInSwedishTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClients clients;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TestUsers users;

    final HttpClient http = HttpClient.newHttpClient();
    String token;

    @BeforeEach
    void anApplicationAndAPersonWithoutTheAdministratorRole() {
        token = currentUser.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))),
                () -> clients.register("Words app " + System.nanoTime(), "Test application", null)
                        .token());
        users.add("api-reader").password("reader-pass-1").insert();
    }

    @Test
    void malformed_json_is_refused_in_swedish_when_asked_and_in_english_otherwise() throws Exception {
        String broken = "{\"username\": \"jane\"";

        assertProblem(post(broken, "sv"), 400, "bad-request", "Begärans innehåll är inte giltig JSON.");
        assertProblem(post(broken, null), 400, "bad-request", "The request body is not valid JSON.");
    }

    @Test
    void an_unknown_field_is_named_in_a_swedish_sentence() throws Exception {
        String body = "{\"username\": \"jane\", \"colour\": \"red\"}";

        JsonNode swedish = assertProblem(post(body, "sv-SE"), 400, "bad-request", null);
        JsonNode english = assertProblem(post(body, null), 400, "bad-request", null);

        assertThat(swedish.get("detail").asString())
                .startsWith("Okänt fält 'colour'; de kända fälten är [")
                .contains("username");
        assertThat(english.get("detail").asString())
                .startsWith("Unknown field 'colour'; the known fields are [")
                .contains("username");
    }

    @Test
    void a_body_over_the_limit_is_refused_in_swedish_whether_its_length_is_declared_or_streamed() throws Exception {
        byte[] huge = ("{\"username\": \"jane\", \"reference\": \"" + "r".repeat(20_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher streamed =
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge));

        assertProblem(
                post(HttpRequest.BodyPublishers.ofByteArray(huge), "sv"),
                413,
                "too-large",
                "Begärans innehåll är större än 16 KiB.");
        assertProblem(post(streamed, "sv"), 413, "too-large", "Begärans innehåll är större än 16 KiB.");
        assertProblem(
                post(HttpRequest.BodyPublishers.ofByteArray(huge), null),
                413,
                "too-large",
                "The request body is larger than 16 KiB.");
    }

    @Test
    void a_call_without_credentials_is_told_how_to_sign_it_in_swedish() throws Exception {
        assertProblem(
                get(null, "sv"),
                401,
                "unauthorized",
                "Signera anropet med \"Authorization: Bearer <klientens token>\" eller, för administratörer, HTTP Basic.");
        assertProblem(
                get(null, null),
                401,
                "unauthorized",
                "Sign the call with \"Authorization: Bearer <client token>\" or, for administrators, HTTP Basic.");
    }

    @Test
    void a_token_that_is_not_ours_or_unknown_is_refused_in_swedish() throws Exception {
        assertProblem(
                get("Bearer not-a-token", "sv"),
                401,
                "unauthorized",
                "Det här är inte en klienttoken från Seatkeeper.");
        assertProblem(
                get("Bearer skt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "sv"),
                401,
                "unauthorized",
                "Ingen registrerad applikation har den här tokenen.");
        assertProblem(get("Bearer not-a-token", null), 401, "unauthorized", "This is not a Seatkeeper client token.");
    }

    @Test
    void credentials_without_the_administrator_role_are_refused_in_swedish() throws Exception {
        String reader = basic("api-reader", "reader-pass-1");

        assertProblem(
                get(reader, "sv"), 403, "forbidden", "De här inloggningsuppgifterna får inte läsa den här resursen.");
        assertProblem(get(reader, null), 403, "forbidden", "These credentials may not read this resource.");
    }

    @Test
    void a_bad_usage_parameter_is_refused_in_swedish_and_still_named_for_programs() throws Exception {
        String admin = basic("admin", "admin-test-password");
        HttpResponse<String> swedish = send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/usage?pool=gold"))
                        .header("Authorization", admin)
                        .GET(),
                "sv");

        assertThat(swedish.statusCode()).isEqualTo(400);
        JsonNode problem = JsonMapper.builder().build().readTree(swedish.body());
        assertThat(problem.get("parameter").asString()).isEqualTo("pool");
        assertThat(problem.get("detail").asString())
                .isEqualTo("pool måste vara full-access, view-only eller reserved, inte 'gold'.");
    }

    @Test
    void a_body_of_another_type_and_a_method_a_path_lacks_are_refused_in_swedish() throws Exception {
        Supplier<HttpRequest.Builder> text = () ->
                seats().header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("username=jane"));
        Supplier<HttpRequest.Builder> get = () -> seats().GET();

        assertProblem(send(text.get(), "sv"), 415, "unsupported-media-type", "Content-Type 'text/plain' stöds inte.");
        assertProblem(
                send(text.get(), null), 415, "unsupported-media-type", "Content-Type 'text/plain' is not supported.");
        assertProblem(send(get.get(), "sv"), 405, "method-not-allowed", "Metoden 'GET' stöds inte.");
        assertProblem(send(get.get(), null), 405, "method-not-allowed", "Method 'GET' is not supported.");
    }

    @Test
    void the_seat_calls_own_refusals_and_a_missing_field_are_said_in_swedish() throws Exception {
        assertProblem(
                send(seat("0x10").DELETE(), "sv"),
                400,
                "invalid-id",
                "id måste vara ett tal skrivet med decimala siffror, till exempel 17, inte '0x10'.");
        assertProblem(
                send(seat("987654321").DELETE(), "sv"),
                404,
                "unknown-seat",
                "Den här applikationen har ingen plats 987654321.");
        assertProblem(
                send(seat("987654321").DELETE(), null),
                404,
                "unknown-seat",
                "This application holds no seat 987654321.");
        assertProblem(post("{\"reference\": \"x\"}", "sv"), 400, "bad-request", "username krävs.");
        assertProblem(post("{\"reference\": \"x\"}", null), 400, "bad-request", "username is required.");
    }

    private HttpRequest.Builder seat(String id) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/seats/" + id))
                .header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder seats() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/seats"))
                .header("Authorization", "Bearer " + token);
    }

    @Test
    void a_language_the_portal_does_not_speak_gets_english() throws Exception {
        assertProblem(post("{", "fr-FR, fr;q=0.9"), 400, "bad-request", "The request body is not valid JSON.");
        assertProblem(
                get(basic("api-reader", "reader-pass-1"), "de"),
                403,
                "forbidden",
                "These credentials may not read this resource.");
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String reason, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("reason").asString()).isEqualTo(reason);
        assertThat(problem.get("type").asString()).isEqualTo("urn:seatkeeper:problem:" + reason);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (detail != null) {
            assertThat(problem.get("detail").asString()).isEqualTo(detail);
        }
        return problem;
    }

    private HttpResponse<String> post(String body, String language) throws Exception {
        return post(HttpRequest.BodyPublishers.ofString(body), language);
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/seats"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body);
        return send(request, language);
    }

    private HttpResponse<String> get(String authorization, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/licence-usage"))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request, language);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String language) throws Exception {
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
