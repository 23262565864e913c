package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An API client's last valid day is the administrator's choice, so it may lie past 2038-01-19, where a
 * TIMESTAMP column ends (changeset 019, docs/decisions/0024-settings-records-and-one-data-access-style.md).
 */
@SpringBootTest
class ExpiryPast2038Test {

    @Autowired
    ApiClients clients;

    @Autowired
    ApiTokens tokens;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_token_valid_until_2040_01_01_is_stored_read_back_unshifted_and_accepted() {
        LocalDate lastDay = LocalDate.of(2040, 1, 1);
        String name = SeatApiFixtures.unique("Far future ");

        RegisteredClient registered =
                SeatApiFixtures.asAdministrator(currentUser, () -> clients.register(name, null, lastDay));

        Instant end = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        ApiClientRow row = SeatApiFixtures.asAdministrator(currentUser, clients::list).stream()
                .filter(client -> client.id() == registered.id())
                .findFirst()
                .orElseThrow();
        assertThat(row.expiresAt()).isEqualTo(end);
        assertThat(row.usable()).isTrue();
        assertThat(tokens.check(registered.token())).isInstanceOf(ApiTokens.TokenCheck.Accepted.class);
        // Held as the UTC wall clock, like every instant the application writes, whatever the server's zone.
        assertThat(jdbc.queryForObject(
                        "SELECT expires_at FROM api_client WHERE id = ?", LocalDateTime.class, registered.id()))
                .isEqualTo(LocalDateTime.ofInstant(end, ZoneOffset.UTC));
    }
}
