package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.seats.SeatApiFixtures.pools;
import static org.seatkeeper.seats.SeatApiFixtures.register;
import static org.seatkeeper.seats.SeatApiFixtures.unique;
import static org.seatkeeper.seats.SeatApiFixtures.user;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.audit.LoggedReasons;
import org.seatkeeper.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every seat API request leaves one access log row with its real outcome and reason (rule 12): a
 * refused request never reads as a success. Over real HTTP on a real MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeatApiAccessLogTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClients clients;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    PasswordEncoder passwords;

    final HttpClient http = HttpClient.newHttpClient();
    SeatApi app;
    RegisteredClient registered;

    @BeforeEach
    void oneApplicationAndOneFullAccessSeat() {
        pools(jdbc, 1, 0, 0);
        registered = register(currentUser, clients, unique("Log app "));
        app = new SeatApi(http, port, registered.token());
    }

    @Test
    void a_granted_seat_and_its_release_are_logged_as_successes_under_the_applications_name() {
        String jane = person("jane");

        long seat = app.take(jane).seatId();
        assertThat(app.release(seat).status()).isEqualTo(204);

        assertThat(rows(jane))
                .containsExactly(
                        new Row(true, "signed in", registered.name(), "10.1.2.3", "Test client"),
                        new Row(true, "signed out", registered.name(), "10.1.2.3", "Test client"));
    }

    @Test
    void a_refused_seat_is_logged_as_a_failure_with_its_reason_and_nothing_else() {
        String first = person("first");
        String second = person("second");
        app.take(first);

        assertThat(app.take(second).status()).isEqualTo(503);
        assertThat(app.take(first).status()).isEqualTo(409);

        assertThat(rows(second))
                .containsExactly(new Row(false, "no seat", registered.name(), "10.1.2.3", "Test client"));
        assertThat(rows(first))
                .containsExactly(
                        new Row(true, "signed in", registered.name(), "10.1.2.3", "Test client"),
                        new Row(false, "already signed in", registered.name(), "10.1.2.3", "Test client"));
    }

    @Test
    void users_who_may_not_sign_in_are_logged_with_the_reason() {
        String nobody = unique("nobody");
        String inactive = person("inactive");
        jdbc.update("UPDATE app_user SET active = FALSE WHERE username = ?", inactive);
        String expired = person("expired");
        jdbc.update(
                "UPDATE app_user SET valid_until = ? WHERE username = ?",
                LocalDate.now().minusDays(1),
                expired);

        app.take(nobody);
        app.take(inactive);
        app.take(expired);

        assertThat(rows(nobody))
                .extracting(Row::success, Row::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "unknown user"));
        assertThat(rows(inactive))
                .extracting(Row::success, Row::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "inactive"));
        assertThat(rows(expired))
                .extracting(Row::success, Row::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "expired"));
    }

    /** The defect of issue 9: a person's password on the seat API was logged "Success / signed in". */
    @Test
    void a_persons_password_on_the_seat_api_is_refused_and_logged_as_refused_not_as_a_sign_in() {
        String clerk = person("clerk");
        jdbc.update(
                "UPDATE app_user SET password_hash = ? WHERE username = ?", passwords.encode("clerk-pass-1"), clerk);

        SeatApi.Reply refused = withPassword(clerk, "clerk-pass-1", "/seats", "{\"username\":\"" + clerk + "\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("reason").asString()).isEqualTo("not-an-application");
        assertThat(refused.json().get("detail").asString()).contains("Only a connected application");
        assertThat(rows(clerk))
                .extracting(Row::success, Row::reason, Row::client)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "not an application", "API"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session WHERE username = ?", Integer.class, clerk))
                .isZero();
    }

    @Test
    void a_wrong_password_on_the_api_is_logged_as_a_bad_password() {
        String clerk = person("wrong");
        jdbc.update(
                "UPDATE app_user SET password_hash = ? WHERE username = ?", passwords.encode("right-pass-1"), clerk);

        assertThat(withPassword(clerk, "wrong-pass-1", "/seats", "{\"username\":\"" + clerk + "\"}")
                        .status())
                .isEqualTo(401);

        assertThat(rows(clerk))
                .extracting(Row::success, Row::reason, Row::client)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "bad password", "API"));
    }

    private SeatApi.Reply withPassword(String username, String password, String path, String body) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        SeatApi anonymous = new SeatApi(http, port, null);
        return anonymous.send(anonymous
                .request(path)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private String person(String prefix) {
        String username = unique(prefix);
        user(jdbc, username, "STANDARD");
        return username;
    }

    private List<Row> rows(String username) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT success, client, ip, browser FROM access_log WHERE username = ? ORDER BY id", username);
        List<String> reasons = LoggedReasons.english(
                jdbc,
                "SELECT reason, reason_code, reason_args FROM access_log WHERE username = ? ORDER BY id",
                username);
        List<Row> result = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            result.add(row(rows.get(i), reasons.get(i)));
        }
        return result;
    }

    private static Row row(Map<String, Object> columns, String reason) {
        return new Row(
                Boolean.TRUE.equals(columns.get("success"))
                        || Integer.valueOf(1).equals(columns.get("success")),
                reason,
                (String) columns.get("client"),
                (String) columns.get("ip"),
                (String) columns.get("browser"));
    }

    record Row(boolean success, String reason, String client, String ip, String browser) {}
}
