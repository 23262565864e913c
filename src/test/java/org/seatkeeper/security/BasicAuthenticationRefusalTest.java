package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refused HTTP Basic password on the API is a problem like the others: the documented reason
 * {@code unauthorized} for programs and a sentence in the caller's language, never Spring Security's
 * English "Bad credentials", and the same words whether or not the username exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BasicAuthenticationRefusalTest {

    private static final String SPRING_WORDS = "Bad credentials";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final Texts texts = new Texts();

    @Test
    void a_wrong_password_is_refused_in_english_with_the_reason_unauthorized() throws Exception {
        HttpResponse<String> response = licenceUsage("admin", "wrong-password", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("reason").asString()).isEqualTo("unauthorized");
        assertThat(problem.get("type").asString()).isEqualTo("urn:seatkeeper:problem:unauthorized");
        assertThat(problem.get("detail").asString())
                .isEqualTo(texts.text(Language.ENGLISH, "api.problem.unauthorized.credentials"))
                .contains("password");
        assertThat(response.body()).doesNotContainIgnoringCase(SPRING_WORDS);
    }

    @Test
    void a_wrong_password_is_refused_in_swedish_when_the_caller_asks_for_swedish() throws Exception {
        HttpResponse<String> response = licenceUsage("admin", "wrong-password", "sv");

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode problem = json(response);
        // programs read the same reason whatever the language; only the sentence for people changes
        assertThat(problem.get("reason").asString()).isEqualTo("unauthorized");
        assertThat(problem.get("detail").asString())
                .isEqualTo(texts.text(Language.SWEDISH, "api.problem.unauthorized.credentials"))
                .contains("lösenord")
                .isNotEqualTo(texts.text(Language.ENGLISH, "api.problem.unauthorized.credentials"));
        assertThat(response.body()).doesNotContainIgnoringCase(SPRING_WORDS);
    }

    @Test
    void an_unknown_username_gets_the_same_answer_as_a_wrong_password() throws Exception {
        for (String language : new String[] {null, "sv"}) {
            HttpResponse<String> wrongPassword = licenceUsage("admin", "wrong-password", language);
            HttpResponse<String> unknownUser = licenceUsage("nobody-by-this-name", "wrong-password", language);

            assertThat(unknownUser.statusCode())
                    .isEqualTo(wrongPassword.statusCode())
                    .isEqualTo(401);
            // the whole body, not only the detail: no field may tell which names exist
            assertThat(json(unknownUser)).isEqualTo(json(wrongPassword));
            assertThat(unknownUser.body()).doesNotContainIgnoringCase(SPRING_WORDS);
        }
    }

    private HttpResponse<String> licenceUsage(String username, String password, String acceptLanguage)
            throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/licence-usage"))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }
}
