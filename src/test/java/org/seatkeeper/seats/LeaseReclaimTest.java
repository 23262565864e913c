package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reclaimer runs on its own: a seat whose application went silent is freed after lease plus grace.
 * The scheduled job is the subject here, so this context switches the jobs on (and is closed after the
 * class, see org.seatkeeper.testing.CleanDatabase).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "seatkeeper.scheduling.enabled=true",
            "seatkeeper.seats.lease=5s",
            "seatkeeper.seats.grace=5s",
            "seatkeeper.seats.reclaim-every=200ms"
        })
class LeaseReclaimTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClients clients;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TestUsers users;

    @Test
    void a_silent_applications_seat_is_freed_after_lease_plus_grace_while_a_renewed_one_is_kept() {
        TestPools.set(jdbc, 2, 0, 0);
        SeatApi app = new SeatApi(
                HttpClient.newHttpClient(),
                port,
                SeatApiFixtures.register(currentUser, clients, SeatApiFixtures.unique("Silent app "))
                        .token());
        String silent = SeatApiFixtures.unique("silent");
        String busy = SeatApiFixtures.unique("busy");
        SeatApiFixtures.user(users, silent, "STANDARD");
        SeatApiFixtures.user(users, busy, "STANDARD");
        long silentSeat = app.take(silent).seatId();
        long busySeat = app.take(busy).seatId();

        // The product reclaims within lease plus grace plus one sweep (10.2 s); the budget is for a busy
        // machine. Lease and grace are long enough that the busy application's renewals, every 200 ms, never
        // miss 10 s in a row even with the 2 cores starved (with 2 s + 2 s they did, at load average 10).
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    assertThat(app.heartbeat(busySeat, true).status())
                            .as(() -> "the busy seat's renewal; it ended as " + endReason(busySeat))
                            .isEqualTo(200);
                    assertThat(endReason(silentSeat)).isEqualTo("LEASE_EXPIRED");
                });

        assertThat(jdbc.queryForObject(
                        "SELECT TIMESTAMPDIFF(MICROSECOND, last_heartbeat, ended_at) FROM user_session"
                                + " WHERE id = ?",
                        Long.class,
                        silentSeat))
                .as("not before lease plus grace")
                .isGreaterThanOrEqualTo(10_000_000);
        assertThat(endReason(busySeat)).isNull();
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(1);
    }

    private String endReason(long seat) {
        return jdbc.queryForObject("SELECT end_reason FROM user_session WHERE id = ?", String.class, seat);
    }
}
