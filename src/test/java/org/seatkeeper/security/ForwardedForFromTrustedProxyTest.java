package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With seatkeeper.trusted-proxies naming the loopback addresses, this test's HTTP client plays the reverse
 * proxy: the access log and the per-address lockout see the client named in X-Forwarded-For, so one
 * attacker behind the proxy no longer pauses sign-ins for everybody else behind it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "seatkeeper.trusted-proxies=127.0.0.1, ::1")
class ForwardedForFromTrustedProxyTest {

    static final String ATTACKER = "203.0.113.7";
    static final String COLLEAGUE = "198.51.100.20";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void anAddressIsPausedAfterThreeFailures() {
        jdbc.update("UPDATE sign_in_protection SET account_failures = 100, address_failures = 3");
    }

    @Test
    void the_access_log_row_of_a_failed_sign_in_shows_the_client_the_proxy_named() throws Exception {
        assertThat(call("admin", "wrong", ATTACKER).statusCode()).isEqualTo(401);

        assertThat(jdbc.queryForObject("SELECT ip FROM access_log WHERE username = 'admin'", String.class))
                .isEqualTo(ATTACKER);
        assertThat(jdbc.queryForObject("SELECT ip FROM sign_in_address_failure", String.class))
                .isEqualTo(ATTACKER);
    }

    @Test
    void an_address_a_client_prepends_itself_is_ignored_for_the_one_the_proxy_appended() throws Exception {
        // The proxy appends the address it saw; whatever the client sent before that is its own claim.
        assertThat(call("admin", "wrong", "192.0.2.99, " + ATTACKER).statusCode())
                .isEqualTo(401);

        assertThat(jdbc.queryForObject("SELECT ip FROM access_log WHERE username = 'admin'", String.class))
                .isEqualTo(ATTACKER);
    }

    @Test
    void an_attacker_paused_behind_the_proxy_does_not_pause_a_colleague_behind_it() throws Exception {
        for (String name : new String[] {"guess-1", "guess-2", "guess-3"}) {
            call(name, "wrong", ATTACKER);
        }
        assertThat(call("admin", "admin-test-password", ATTACKER).statusCode())
                .as("the attacker's address is paused")
                .isEqualTo(429);

        assertThat(call("admin", "admin-test-password", COLLEAGUE).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> call(String username, String password, String forwardedFor) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/licence-usage"))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
