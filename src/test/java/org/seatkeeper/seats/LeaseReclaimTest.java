package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reclaimer runs on its own: a seat whose application went silent is freed after lease plus grace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "seatkeeper.seats.lease=1s", "seatkeeper.seats.grace=1s", "seatkeeper.seats.reclaim-every=200ms"})
class LeaseReclaimTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiClients clients;
    @Autowired
    CurrentUser currentUser;

    @Test
    void a_silent_applications_seat_is_freed_after_lease_plus_grace_while_a_renewed_one_is_kept() throws Exception {
        SeatApiFixtures.pools(jdbc, 2, 0, 0);
        SeatApi app = new SeatApi(HttpClient.newHttpClient(), port,
                SeatApiFixtures.register(currentUser, clients, SeatApiFixtures.unique("Silent app ")).token());
        String silent = SeatApiFixtures.unique("silent");
        String busy = SeatApiFixtures.unique("busy");
        SeatApiFixtures.user(jdbc, silent, "STANDARD");
        SeatApiFixtures.user(jdbc, busy, "STANDARD");
        long silentSeat = app.take(silent).seatId();
        long busySeat = app.take(busy).seatId();

        for (int i = 0; i < 30 && endReason(silentSeat) == null; i++) {
            assertThat(app.heartbeat(busySeat, true).status()).isEqualTo(200);
            Thread.sleep(200);
        }

        assertThat(endReason(silentSeat)).isEqualTo("LEASE_EXPIRED");
        assertThat(jdbc.queryForObject("SELECT TIMESTAMPDIFF(MICROSECOND, last_heartbeat, ended_at) FROM user_session"
                + " WHERE id = ?", Long.class, silentSeat)).as("not before lease plus grace").isGreaterThanOrEqualTo(2_000_000);
        assertThat(endReason(busySeat)).isNull();
        assertThat(SeatApiFixtures.inUse(jdbc, "FULL_ACCESS")).isEqualTo(1);
    }

    @AfterEach
    void leaveNoOpenSession() {
        SeatApiFixtures.endOpenSessions(jdbc);
    }

    private String endReason(long seat) {
        return jdbc.queryForObject("SELECT end_reason FROM user_session WHERE id = ?", String.class, seat);
    }
}
