package org.seatkeeper.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.seatkeeper.sessions.SessionPolicy;

class IdleCountdownTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final IdleCountdown THIRTY_MINUTES_WARNED_A_MINUTE_BEFORE = IdleCountdown.of(
            new SessionPolicy(Duration.ofSeconds(90), Duration.ofMinutes(30), false, Duration.ofSeconds(60), 0));

    @Test
    void a_user_who_acted_within_the_timeout_less_the_warning_is_left_alone() {
        assertThat(THIRTY_MINUTES_WARNED_A_MINUTE_BEFORE.at(NOW.minus(Duration.ofMinutes(28)), NOW))
                .isEqualTo(IdleCountdown.Stage.QUIET);
    }

    @Test
    void within_the_warning_time_the_whole_seconds_left_are_counted_down() {
        assertThat(THIRTY_MINUTES_WARNED_A_MINUTE_BEFORE.at(NOW.minus(Duration.ofMinutes(29)), NOW))
                .isEqualTo(IdleCountdown.Stage.warning(60));
        assertThat(THIRTY_MINUTES_WARNED_A_MINUTE_BEFORE.at(NOW.minus(Duration.ofSeconds(29 * 60 + 12)), NOW))
                .isEqualTo(IdleCountdown.Stage.warning(48));
        assertThat(THIRTY_MINUTES_WARNED_A_MINUTE_BEFORE.at(
                        NOW.minus(Duration.ofMinutes(30)).plusMillis(200), NOW))
                .as("never 0 while time is left")
                .isEqualTo(IdleCountdown.Stage.warning(1));
    }

    @Test
    void at_the_timeout_the_time_has_run_out() {
        assertThat(THIRTY_MINUTES_WARNED_A_MINUTE_BEFORE.at(NOW.minus(Duration.ofMinutes(30)), NOW))
                .isEqualTo(IdleCountdown.Stage.TIMED_OUT);
    }

    @Test
    void with_auto_timeout_disabled_nobody_is_warned_or_timed_out() {
        IdleCountdown disabled = IdleCountdown.of(
                new SessionPolicy(Duration.ofSeconds(90), Duration.ofMinutes(30), true, Duration.ofSeconds(60), 0));

        assertThat(disabled.at(NOW.minus(Duration.ofHours(5)), NOW)).isEqualTo(IdleCountdown.Stage.QUIET);
    }
}
