package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Health and metrics for the people who operate Seatkeeper, on the management port only: liveness and
 * readiness (with the database), and the admission engine's figures in Prometheus's format, exact
 * after an admission and a refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class HealthAndMetricsTest {

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Autowired
    Admissions admissions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuthenticationManager passwordCheck;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void twoFullAccessSeats() {
        TestPools.set(jdbc, 2, 5, 1);
    }

    @Test
    void health_liveness_and_readiness_are_up_without_credentials_on_the_management_port() throws Exception {
        assertThat(get(managementPort, "/actuator/health").body())
                .isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        assertThat(get(managementPort, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void the_portals_port_serves_no_actuator_endpoint() throws Exception {
        HttpResponse<String> answer = get(port, "/actuator/prometheus");
        assertThat(answer.body()).doesNotContain("seatkeeper_seats_in_use");
    }

    @Test
    void seats_in_use_and_capacity_per_pool_are_exact_after_an_admission() throws Exception {
        String before = scrape();
        assertThat(figure(before, "seatkeeper_seats_capacity", "pool=\"full-access\""))
                .isEqualTo(2.0);
        assertThat(figure(before, "seatkeeper_seats_capacity", "pool=\"view-only\""))
                .isEqualTo(5.0);
        assertThat(figure(before, "seatkeeper_seats_in_use", "pool=\"full-access\""))
                .isEqualTo(0.0);

        long id = users.add("metrics.jane").withCredentials().insert();
        admissions.admit(
                new Applicant(id, "metrics.jane", "Jane Metrics", AdmissionClass.STANDARD),
                ClientDetails.portal("10.0.0.7", "Firefox", "node-1"));
        Thread.sleep(1_100);

        String after = scrape();
        assertThat(figure(after, "seatkeeper_seats_in_use", "pool=\"full-access\""))
                .isEqualTo(1.0);
        assertThat(figure(after, "seatkeeper_seats_in_use", "pool=\"view-only\""))
                .isEqualTo(0.0);
        assertThat(figure(after, "seatkeeper_sessions_open", "state=\"live\"")).isEqualTo(1.0);
        assertThat(figure(after, "seatkeeper_sessions_open", "state=\"stale\"")).isEqualTo(0.0);
        assertThat(figure(after, "seatkeeper_admission_seconds_count", "outcome=\"admitted\""))
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void refusals_are_timed_and_counted_by_reason() throws Exception {
        TestPools.set(jdbc, 0, 0, 0);
        long id = users.add("metrics.late").withCredentials().insert();
        assertThatThrownBy(() -> admissions.admit(
                        new Applicant(id, "metrics.late", "Late Metrics", AdmissionClass.STANDARD),
                        ClientDetails.portal("10.0.0.8", "Firefox", "node-1")))
                .isInstanceOf(NoSeatException.class);
        assertThat(figure(scrape(), "seatkeeper_admission_seconds_count", "outcome=\"no-seat\""))
                .isGreaterThanOrEqualTo(1.0);

        double wrongPasswordsBefore =
                figureOrZero(scrape(), "seatkeeper_sign_in_refusals_total", "reason=\"bad-password\"");
        assertThatThrownBy(() -> passwordCheck.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("admin", "not-the-password")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(figure(scrape(), "seatkeeper_sign_in_refusals_total", "reason=\"bad-password\""))
                .as("counted from the access log's event, by its reason")
                .isEqualTo(wrongPasswordsBefore + 1);
    }

    @Test
    void requests_are_timed_but_spring_securitys_own_timers_around_each_filter_are_off() throws Exception {
        get(port, "/api/v1/licence-usage");

        String scrape = scrape();
        assertThat(scrape).contains("http_server_requests_seconds_count{");
        assertThat(scrape).doesNotContain("spring_security_");
    }

    private String scrape() throws Exception {
        HttpResponse<String> answer = get(managementPort, "/actuator/prometheus");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the one sample of this metric whose labels include this one. */
    private static double figure(String scrape, String metric, String label) {
        Matcher sample = Pattern.compile("^" + metric + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        while (sample.find()) {
            if (sample.group(1).contains(label)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        throw new AssertionError(metric + "{" + label + "} not in:\n" + scrape);
    }

    private static double figureOrZero(String scrape, String metric, String label) {
        try {
            return figure(scrape, metric, label);
        } catch (AssertionError absent) {
            return 0;
        }
    }
}
