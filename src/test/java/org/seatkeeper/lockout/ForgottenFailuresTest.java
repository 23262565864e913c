package org.seatkeeper.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Failure counts that no longer count are deleted; running locks and recent failures stay. */
@SpringBootTest
@Import(TestClock.Configuration.class)
class ForgottenFailuresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ForgottenFailures job;

    Instant now;

    @BeforeEach
    void failuresOfAllAges() {
        now = clock.reset();
        // Defaults: names forgotten after 720 minutes, addresses counted in a 10-minute window.
        name("old.failure", now.minus(Duration.ofHours(13)), null);
        name("recent.failure", now.minus(Duration.ofHours(11)), null);
        name("old.but.locked", now.minus(Duration.ofHours(13)), now.plusSeconds(60));
        name("old.lock.over", now.minus(Duration.ofHours(13)), now.minusSeconds(60));
        address("10.0.0.1", now.minus(Duration.ofMinutes(11)), null);
        address("10.0.0.2", now.minus(Duration.ofMinutes(9)), null);
        address("10.0.0.3", now.minus(Duration.ofMinutes(11)), now.plusSeconds(30));
    }

    @Test
    void counts_past_their_time_with_no_lock_running_are_deleted_and_the_rest_stay() {
        assertThat(job.forget()).isEqualTo(3);

        assertThat(jdbc.queryForList("SELECT username FROM sign_in_account_failure ORDER BY username", String.class))
                .containsExactly("old.but.locked", "recent.failure");
        assertThat(jdbc.queryForList("SELECT ip FROM sign_in_address_failure ORDER BY ip", String.class))
                .containsExactly("10.0.0.2", "10.0.0.3");
        assertThat(job.forget()).as("a second run finds nothing").isZero();
    }

    private void name(String username, Instant lastFailure, Instant lockedUntil) {
        jdbc.update(
                "INSERT INTO sign_in_account_failure (username, failures, last_failure_at, locked_until)"
                        + " VALUES (?, 3, ?, ?)",
                username,
                DatabaseTime.parameter(lastFailure),
                lockedUntil == null ? null : DatabaseTime.parameter(lockedUntil));
    }

    private void address(String ip, Instant windowStart, Instant pausedUntil) {
        jdbc.update(
                "INSERT INTO sign_in_address_failure (ip, failures, window_start, paused_until) VALUES (?, 2, ?, ?)",
                ip,
                DatabaseTime.parameter(windowStart),
                pausedUntil == null ? null : DatabaseTime.parameter(pausedUntil));
    }
}
