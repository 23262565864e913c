package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accepted tokens are remembered, yet a revocation made on another node (here: written straight to
 * the database, as that node's transaction would) is refused on this one within the bound of 1.5 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenRevocationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClients clients;

    @Autowired
    CurrentUser currentUser;

    final HttpClient http = HttpClient.newHttpClient();
    RegisteredClient registered;
    SeatApi app;

    @BeforeEach
    void anApplicationWhoseTokenThisNodeRemembers() {
        registered = SeatApiFixtures.register(currentUser, clients, SeatApiFixtures.unique("Revoked elsewhere "));
        app = new SeatApi(http, port, registered.token());
        assertThat(app.heartbeat(Long.MAX_VALUE, false).status())
                .as("accepted, unknown seat")
                .isEqualTo(404);
    }

    @Test
    void a_token_revoked_on_another_node_is_refused_here_within_the_bound() throws Exception {
        jdbc.update(
                "UPDATE api_client SET revoked_at = CURRENT_TIMESTAMP(3), revoked_by = 'admin on node-b'"
                        + " WHERE id = ?",
                registered.id());
        long revoked = System.nanoTime();

        SeatApi.Reply reply = app.heartbeat(Long.MAX_VALUE, false);
        while (reply.status() != 401
                && System.nanoTime() - revoked < Duration.ofSeconds(15).toNanos()) {
            Thread.sleep(50);
            reply = app.heartbeat(Long.MAX_VALUE, false);
        }

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.json().get("detail").asString()).contains("revoked");
        System.out.printf(
                "Revocation on another node refused here after %d ms (bound %d ms)%n",
                (System.nanoTime() - revoked) / 1_000_000, ApiTokens.TRUSTED_FOR.toMillis());
    }

    @AfterEach
    void revokeWhatIsLeft() {
        jdbc.update(
                "UPDATE api_client SET revoked_at = COALESCE(revoked_at, CURRENT_TIMESTAMP(3)),"
                        + " revoked_by = COALESCE(revoked_by, 'test') WHERE id = ?",
                registered.id());
    }
}
