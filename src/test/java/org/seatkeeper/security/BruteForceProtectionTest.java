package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.audit.LoggedReasons;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.lockout.LockedSignIn;
import org.seatkeeper.lockout.SignInLockouts;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.shared.NodeName;
import org.seatkeeper.testing.Race;
import org.seatkeeper.testing.TestClock;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brute-force protection (issue 11 item 3, docs/decisions/0018) over real HTTP Basic, with a test clock:
 * a username locks after failures in a row for a doubling wait, an unknown name is refused alike, an
 * address failing across names is paused, a right password forgets the failures, an administrator
 * unlocks, and a burst of wrong passwords on real threads is counted exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
class BruteForceProtectionTest {

    static final String NAME = "lock.me";
    static final String PASSWORD = "right-horse-77";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    SignInLockouts lockouts;

    final HttpClient http = HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    @BeforeEach
    void anAdministratorAndTightSettings() {
        clock.reset();
        users.add(NAME).password(PASSWORD).role("ADMIN").insert();
        settings(3, 60, 200, 100);
    }

    @Test
    void the_third_wrong_password_locks_the_name_and_then_even_the_right_one_is_refused_with_429() throws Exception {
        assertThat(call(NAME, "wrong-1").statusCode()).isEqualTo(401);
        assertThat(call(NAME, "wrong-2").statusCode()).isEqualTo(401);

        HttpResponse<String> third = call(NAME, "wrong-3");
        assertThat(third.statusCode())
                .as("the failure that locks says so at once")
                .isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).contains("60");
        assertThat(third.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(third.body())
                .contains("\"reason\":\"sign-in-paused\"")
                .contains(
                        "Too many failed sign-ins with this username. Sign-in with it is paused: try again in 1 minute.");

        HttpResponse<String> right = call(NAME, PASSWORD);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).contains("60");
        assertThat(loggedReasons(NAME))
                .containsExactly("bad password", "bad password", "bad password, locked for 1 min", "locked");
    }

    @Test
    void each_further_lock_lasts_twice_as_long_as_the_one_before_up_to_the_longest() throws Exception {
        assertThat(failThrice()).isEqualTo("60");
        clock.advance(Duration.ofSeconds(30));
        assertThat(call(NAME, PASSWORD).headers().firstValue("Retry-After")).contains("30");

        clock.advance(Duration.ofSeconds(31));
        assertThat(failThrice()).isEqualTo("120");
        clock.advance(Duration.ofSeconds(121));
        assertThat(failThrice()).as("240 s, but the longest is 200 s").isEqualTo("200");
        clock.advance(Duration.ofSeconds(201));

        assertThat(call(NAME, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(failuresOf(NAME)).as("the right password forgets them").isNull();
    }

    @Test
    void an_unknown_username_is_refused_in_the_same_words_status_and_wait_as_a_real_one() throws Exception {
        List<HttpResponse<String>> real =
                List.of(call(NAME, "x1"), call(NAME, "x2"), call(NAME, "x3"), call(NAME, "x4"));
        List<HttpResponse<String>> unknown = List.of(
                call("no.such.person", "x1"),
                call("no.such.person", "x2"),
                call("no.such.person", "x3"),
                call("no.such.person", "x4"));

        for (int i = 0; i < real.size(); i++) {
            assertThat(unknown.get(i).statusCode())
                    .as("attempt " + (i + 1))
                    .isEqualTo(real.get(i).statusCode());
            assertThat(unknown.get(i).body())
                    .as("attempt " + (i + 1))
                    .isEqualTo(real.get(i).body());
            assertThat(unknown.get(i).headers().firstValue("Retry-After"))
                    .isEqualTo(real.get(i).headers().firstValue("Retry-After"));
        }
        assertThat(real.get(3).statusCode()).isEqualTo(429);
        assertThat(loggedReasons("no.such.person"))
                .as("administrators still see which it was")
                .containsExactly("unknown user", "unknown user", "unknown user, locked for 1 min", "locked");
    }

    @Test
    void a_right_password_forgets_the_failures_before_it() throws Exception {
        call(NAME, "wrong-1");
        call(NAME, "wrong-2");
        assertThat(call(NAME, PASSWORD).statusCode()).isEqualTo(200);

        call(NAME, "wrong-3");
        assertThat(call(NAME, "wrong-4").statusCode())
                .as("two in a row, not four")
                .isEqualTo(401);
        assertThat(failuresOf(NAME)).isEqualTo(2);
    }

    @Test
    void failures_older_than_the_setting_no_longer_count() throws Exception {
        jdbc.update("UPDATE sign_in_protection SET forget_after_minutes = 10");
        call(NAME, "wrong-1");
        call(NAME, "wrong-2");
        clock.advance(Duration.ofMinutes(11));

        assertThat(call(NAME, "wrong-3").statusCode()).isEqualTo(401);
        assertThat(failuresOf(NAME)).isEqualTo(1);
    }

    @Test
    void an_address_failing_across_many_names_is_paused_for_every_name_until_its_wait_is_over() throws Exception {
        settings(3, 60, 200, 4);
        jdbc.update("UPDATE sign_in_protection SET address_wait_seconds = 90");
        assertThat(call("guess.one", "x").statusCode()).isEqualTo(401);
        assertThat(call("guess.two", "x").statusCode()).isEqualTo(401);
        assertThat(call("guess.three", "x").statusCode()).isEqualTo(401);

        HttpResponse<String> fourth = call("guess.four", "x");
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).contains("90");
        assertThat(fourth.body()).contains("from your network address");
        HttpResponse<String> right = call(NAME, PASSWORD);
        assertThat(right.statusCode())
                .as("a name with no failures of its own, from the same address")
                .isEqualTo(429);
        assertThat(loggedReasons(NAME)).containsExactly("address paused");

        clock.advance(Duration.ofSeconds(91));
        assertThat(call(NAME, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void an_administrator_sees_the_lock_and_lifts_it_and_the_administration_log_records_it() throws Exception {
        failThrice();
        List<LockedSignIn> locked = lockouts.locked();
        assertThat(locked).singleElement().satisfies(lock -> {
            assertThat(lock.byAddress()).isFalse();
            assertThat(lock.name()).isEqualTo(NAME);
            assertThat(lock.until()).isEqualTo(clock.instant().plusSeconds(60));
        });

        lockouts.unlock(locked.getFirst());

        assertThat(lockouts.locked()).isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(actor, ' | ', what_code, ' | ', subject) FROM admin_change_log"
                                + " WHERE what_code = 'sign-in-unlocked'",
                        String.class))
                .containsExactly("admin | sign-in-unlocked | username " + NAME);
        assertThat(call(NAME, PASSWORD).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> lockouts.unlock(locked.getFirst())).hasMessageContaining("no longer locked");
    }

    @Test
    void a_burst_of_wrong_passwords_on_real_threads_is_counted_exactly_and_each_lock_starts_once() {
        int burst = 40;
        settings(10, 60, 900, 1_000);

        List<Integer> statuses = Race.runVirtual(
                        burst, i -> () -> call(NAME, "wrong-" + i).statusCode())
                .allReturned();

        assertThat(statuses).hasSize(burst).allMatch(status -> status == 401 || status == 429);
        Integer counted = failuresOf(NAME);
        List<String> reasons = loggedReasons(NAME);
        assertThat(reasons).hasSize(burst);
        long checked =
                reasons.stream().filter(r -> r.startsWith("bad password")).count();
        assertThat(counted)
                .as("every wrong password that reached the check, once")
                .isEqualTo((int) checked)
                .isGreaterThanOrEqualTo(10);
        assertThat(reasons.stream()
                        .filter(r -> r.startsWith("bad password, locked for"))
                        .count())
                .as("one lock started per ten failures")
                .isEqualTo(checked / 10);
        assertThat(reasons.stream().filter(r -> !r.startsWith("bad password")))
                .as("the rest were refused before the check")
                .allMatch("locked"::equals);
        System.out.printf(
                "Burst of %d wrong passwords: %d checked and counted, %d refused as locked%n",
                burst, checked, burst - checked);
    }

    @Test
    void the_portal_sign_in_is_guarded_the_same_way(
            @Autowired UserDetailsService accounts,
            @Autowired PasswordEncoder passwords,
            @Autowired LoginAccounts loginAccounts,
            @Autowired Admissions admissions,
            @Autowired NodeName node) {
        TestPools.set(jdbc, 5, 0, 0);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("10.9.8.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        PortalSignIn signIn = new PortalSignIn(
                SecurityConfig.passwordCheck(accounts, passwords, lockouts), loginAccounts, admissions, node);

        assertThatThrownBy(() -> signIn.authenticate(attempt("wrong-1"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("wrong-2"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("wrong-3")))
                .isInstanceOf(SignInPausedException.class)
                .hasMessageEndingWith("try again in 1 minute.");
        assertThatThrownBy(() -> signIn.authenticate(attempt(PASSWORD)))
                .isInstanceOfSatisfying(
                        SignInPausedException.class,
                        paused -> assertThat(paused.reason()).isEqualTo("locked"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sign_in_address_failure WHERE ip = '10.9.8.7'", Integer.class))
                .as("the portal's client address is counted")
                .isEqualTo(1);
    }

    @Test
    void the_openapi_document_lists_the_429_on_every_call() throws Exception {
        HttpResponse<String> document = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        JsonNode paths = JsonMapper.builder().build().readTree(document.body()).get("paths");
        for (String path : List.of("/api/v1/licence-usage", "/api/v1/usage")) {
            assertThat(paths.get(path)
                            .get("get")
                            .get("responses")
                            .get("429")
                            .get("content")
                            .get("application/problem+json")
                            .get("schema")
                            .get("$ref")
                            .asString())
                    .isEqualTo("#/components/schemas/Problem");
        }
        assertThat(paths.get("/api/v1/seats").get("post").get("responses").has("429"))
                .isTrue();
    }

    private static UsernamePasswordAuthenticationToken attempt(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(NAME, password);
    }

    /** Three wrong passwords; the Retry-After of the third, which locks. */
    private String failThrice() throws Exception {
        call(NAME, "wrong-a");
        call(NAME, "wrong-b");
        HttpResponse<String> third = call(NAME, "wrong-c");
        assertThat(third.statusCode()).isEqualTo(429);
        return third.headers().firstValue("Retry-After").orElseThrow();
    }

    private void settings(int accountFailures, int firstWait, int longestWait, int addressFailures) {
        jdbc.update(
                "UPDATE sign_in_protection SET account_failures = ?, first_wait_seconds = ?,"
                        + " longest_wait_seconds = ?, address_failures = ?",
                accountFailures,
                firstWait,
                longestWait,
                addressFailures);
    }

    private Integer failuresOf(String username) {
        return jdbc.query(
                "SELECT failures FROM sign_in_account_failure WHERE username = ?",
                rs -> rs.next() ? rs.getInt(1) : null,
                username);
    }

    private List<String> loggedReasons(String username) {
        return LoggedReasons.english(
                jdbc,
                "SELECT reason, reason_code, reason_args FROM access_log WHERE username = ? ORDER BY id",
                username);
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
}
