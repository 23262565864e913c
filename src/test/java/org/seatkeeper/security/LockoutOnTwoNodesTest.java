package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.lockout.SignInLockouts;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.Race;
import org.seatkeeper.testing.TestDatabase;
import org.seatkeeper.testing.TestNodes;
import org.seatkeeper.testing.TestUsers;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The lockout is the database's, not a node's: two Seatkeeper instances on one MariaDB (as TwoNodesTest
 * builds them) add up each other's failures, refuse a name the other locked, admit at once after an
 * administrator unlocked it on the other, and count a burst spread over both exactly. The nodes are
 * started here, so this class resets the database itself around each test.
 */
class LockoutOnTwoNodesTest {

    static final String NAME = "two.nodes.admin";
    static final String PASSWORD = "right-horse-78";

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static DataSource database;
    static JdbcTemplate jdbc;
    static final HttpClient http = HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    @BeforeAll
    static void startTwoNodes() {
        nodeA = start("lockout-a");
        nodeB = start("lockout-b");
        database = nodeB.getBean(DataSource.class);
        jdbc = new JdbcTemplate(database);
    }

    @BeforeEach
    void anAdministratorAndThreeFailures() {
        TestDatabase.reset(database);
        new TestUsers(jdbc, nodeB.getBean(PasswordEncoder.class))
                .add(NAME)
                .password(PASSWORD)
                .role("ADMIN")
                .insert();
        jdbc.update("UPDATE sign_in_protection SET account_failures = 3, first_wait_seconds = 600,"
                + " address_failures = 100");
    }

    @AfterEach
    void clean() {
        TestDatabase.reset(database);
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void failures_on_both_nodes_add_up_and_a_name_locked_through_one_is_refused_by_the_other() throws Exception {
        assertThat(call(nodeA, "wrong-1").statusCode()).isEqualTo(401);
        assertThat(call(nodeB, "wrong-2").statusCode()).isEqualTo(401);
        assertThat(call(nodeA, "wrong-3").statusCode())
                .as("the third failure, whichever node saw the others")
                .isEqualTo(429);

        HttpResponse<String> onB = call(nodeB, PASSWORD);
        assertThat(onB.statusCode()).isEqualTo(429);
        assertThat(onB.body()).contains("sign-in-paused");
    }

    @Test
    void an_administrator_unlocks_on_one_node_and_the_other_admits_the_right_password_at_once() throws Exception {
        call(nodeA, "wrong-1");
        call(nodeA, "wrong-2");
        call(nodeA, "wrong-3");
        assertThat(call(nodeA, PASSWORD).statusCode()).isEqualTo(429);

        SignInLockouts onB = nodeB.getBean(SignInLockouts.class);
        nodeB.getBean(CurrentUser.class)
                .runAs(
                        UsernamePasswordAuthenticationToken.authenticated(
                                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))),
                        () -> {
                            onB.unlock(onB.locked().getFirst());
                            return null;
                        });

        assertThat(call(nodeA, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM admin_change_log WHERE what_code = 'sign-in-unlocked'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_burst_of_wrong_passwords_spread_over_both_nodes_is_counted_exactly() {
        jdbc.update("UPDATE sign_in_protection SET account_failures = 100");
        int burst = 30;

        List<Integer> statuses = Race.runVirtual(
                        burst,
                        i -> () ->
                                call(i % 2 == 0 ? nodeA : nodeB, "wrong-" + i).statusCode())
                .allReturned();

        assertThat(statuses).hasSize(burst).containsOnly(401);
        assertThat(jdbc.queryForObject(
                        "SELECT failures FROM sign_in_account_failure WHERE username = ?", Integer.class, NAME))
                .isEqualTo(burst);
    }

    private static HttpResponse<String> call(ConfigurableApplicationContext node, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((NAME + ":" + password).getBytes(StandardCharsets.UTF_8));
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/licence-usage"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static ConfigurableApplicationContext start(String node) {
        return TestNodes.start(
                "--server.port=0", "--seatkeeper.node-name=" + node, "--spring.datasource.hikari.pool-name=" + node);
    }
}
