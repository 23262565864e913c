package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The session settings' limits and wording (rules 9-11), without Spring or a database. */
class SessionPolicyTest {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Test
    void the_stale_threshold_is_at_least_three_heartbeats_and_at_most_an_hour() {
        String refusal = "The stale threshold must be between 45 s (three heartbeats of 15 s) and 3600 s.";

        assertThat(policy(Duration.ofSeconds(44), HALF_HOUR).refusal(HEARTBEAT)).hasValue(refusal);
        assertThat(policy(Duration.ofSeconds(45), HALF_HOUR).refusal(HEARTBEAT)).isEmpty();
        assertThat(policy(Duration.ofSeconds(3600), HALF_HOUR).refusal(HEARTBEAT)).isEmpty();
        assertThat(policy(Duration.ofSeconds(3601), HALF_HOUR).refusal(HEARTBEAT)).hasValue(refusal);
        assertThat(policy(null, HALF_HOUR).refusal(HEARTBEAT)).hasValue(refusal);
    }

    @Test
    void the_minimum_stale_threshold_follows_the_heartbeat_interval() {
        assertThat(policy(Duration.ofSeconds(89), HALF_HOUR).refusal(Duration.ofSeconds(30)))
                .hasValue("The stale threshold must be between 90 s (three heartbeats of 30 s) and 3600 s.");
        assertThat(policy(Duration.ofSeconds(90), HALF_HOUR).refusal(Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void the_idle_timeout_is_between_one_minute_and_a_day() {
        Duration stale = Duration.ofSeconds(90);
        String refusal = "The idle timeout must be between 1 minute and 24 hours.";

        assertThat(policy(stale, Duration.ofSeconds(59)).refusal(HEARTBEAT)).hasValue(refusal);
        assertThat(policy(stale, Duration.ofMinutes(1)).refusal(HEARTBEAT)).isEmpty();
        assertThat(policy(stale, Duration.ofHours(24)).refusal(HEARTBEAT)).isEmpty();
        assertThat(policy(stale, Duration.ofHours(24).plusSeconds(1)).refusal(HEARTBEAT)).hasValue(refusal);
        assertThat(policy(stale, null).refusal(HEARTBEAT)).hasValue(refusal);
    }

    @Test
    void the_settings_read_as_the_administration_log_shows_them() {
        assertThat(new SessionPolicy(Duration.ofSeconds(90), HALF_HOUR, false, 0).describe())
                .isEqualTo("stale after 90 s, idle timeout 30 min, auto timeout enabled");
        assertThat(new SessionPolicy(Duration.ofSeconds(120), Duration.ofMinutes(45), true, 3).describe())
                .isEqualTo("stale after 120 s, idle timeout 45 min, auto timeout disabled");
    }

    private static SessionPolicy policy(Duration staleAfter, Duration idleTimeout) {
        return new SessionPolicy(staleAfter, idleTimeout, false, 0);
    }
}
