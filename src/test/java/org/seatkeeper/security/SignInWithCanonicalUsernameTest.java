package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.seatkeeper.audit.LoggedReasons;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule 13 end to end, over real HTTP: the administrator signs in with HTTP Basic by any case of the
 * username, and a name with an invisible character or a trailing space is refused with a message that
 * says what is wrong with it, and is in the access log written out, never as the account it resembles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInWithCanonicalUsernameTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_username_signs_in_in_any_case() throws Exception {
        assertThat(call("ADMIN", "admin-test-password").statusCode()).isEqualTo(200);
        assertThat(call("Admin", "admin-test-password").statusCode()).isEqualTo(200);
    }

    @Test
    void a_username_with_an_invisible_character_is_refused_saying_why_and_logged_written_out() throws Exception {
        HttpResponse<String> zeroWidth = call("ad\u200Bmin", "admin-test-password");

        assertThat(zeroWidth.statusCode()).isEqualTo(401);
        assertThat(zeroWidth.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(zeroWidth.body()).contains("invisible or control character (character 3)");
        assertThat(lastLoggedName()).isEqualTo("ad[U+200B]min");
        assertThat(lastLoggedReason()).isEqualTo("invalid username");

        HttpResponse<String> trailingSpace = call("admin ", "admin-test-password");
        assertThat(trailingSpace.statusCode()).isEqualTo(401);
        assertThat(trailingSpace.body()).contains("starts or ends with a space");
        assertThat(call("admin\u0000", "admin-test-password").statusCode()).isEqualTo(401);
        assertThat(call("\uFF41dmin", "admin-test-password").statusCode())
                .as("a fullwidth a")
                .isEqualTo(401);
    }

    private HttpResponse<String> call(String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/licence-usage"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String lastLoggedName() {
        return jdbc.queryForObject("SELECT username FROM access_log ORDER BY id DESC LIMIT 1", String.class);
    }

    private String lastLoggedReason() {
        return LoggedReasons.english(
                        jdbc, "SELECT reason, reason_code, reason_args FROM access_log ORDER BY id DESC LIMIT 1")
                .getFirst();
    }
}
