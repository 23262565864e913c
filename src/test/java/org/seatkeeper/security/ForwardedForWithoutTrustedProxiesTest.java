package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without seatkeeper.trusted-proxies nobody's X-Forwarded-For is believed, not even from this machine or a
 * private network (which Tomcat's own default for internal proxies would trust): a directly exposed server
 * must not let a client choose the address its failures are counted and logged under.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedForWithoutTrustedProxiesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_forwarded_for_header_from_localhost_is_logged_with_localhosts_address() throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/licence-usage"))
                .header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", "203.0.113.7")
                .GET()
                .build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);

        assertThat(jdbc.queryForObject("SELECT ip FROM access_log WHERE username = 'admin'", String.class))
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(jdbc.queryForObject("SELECT ip FROM sign_in_address_failure", String.class))
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }
}
