package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.seatkeeper.sessions.SessionPolicyLimits.Setting;

/** The session settings' limits and wording (rules 9-11), without Spring or a database. */
class SessionPolicyTest {

    static final SessionPolicyLimits LIMITS = new SessionPolicyLimits(Duration.ofSeconds(15));
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void the_stale_threshold_is_at_least_three_heartbeats_and_at_most_an_hour() {
        String refusal = "Enter 45 to 3600 seconds: at least three heartbeats of 15 s, so a tab may miss two before"
                + " its session counts as stale.";

        assertThat(LIMITS.problems(policy(Duration.ofSeconds(44), HALF_HOUR, MINUTE)))
                .containsEntry(Setting.STALE_AFTER, refusal);
        assertThat(LIMITS.problems(policy(Duration.ofSeconds(45), HALF_HOUR, MINUTE)))
                .isEmpty();
        assertThat(LIMITS.problems(policy(Duration.ofSeconds(3600), HALF_HOUR, MINUTE)))
                .isEmpty();
        assertThat(LIMITS.problems(policy(Duration.ofSeconds(3601), HALF_HOUR, MINUTE)))
                .containsEntry(Setting.STALE_AFTER, refusal);
        assertThat(LIMITS.problems(policy(null, HALF_HOUR, MINUTE))).containsOnlyKeys(Setting.STALE_AFTER);
    }

    @Test
    void the_minimum_stale_threshold_follows_the_heartbeat_interval() {
        SessionPolicyLimits slow = new SessionPolicyLimits(Duration.ofSeconds(30));

        assertThat(slow.range(Setting.STALE_AFTER)).isEqualTo("90 to 3600 seconds");
        assertThat(slow.problems(policy(Duration.ofSeconds(89), HALF_HOUR, MINUTE)))
                .containsOnlyKeys(Setting.STALE_AFTER);
        assertThat(slow.problems(policy(Duration.ofSeconds(90), HALF_HOUR, MINUTE)))
                .isEmpty();
    }

    @Test
    void the_idle_timeout_is_between_one_minute_and_a_day() {
        Duration stale = Duration.ofSeconds(90);
        Duration warning = Duration.ofSeconds(10);

        assertThat(LIMITS.problems(policy(stale, Duration.ofSeconds(59), warning)))
                .containsEntry(Setting.IDLE_TIMEOUT, "Enter 1 to 1440 minutes.");
        assertThat(LIMITS.problems(policy(stale, Duration.ofMinutes(1), warning)))
                .isEmpty();
        assertThat(LIMITS.problems(policy(stale, Duration.ofHours(24), warning)))
                .isEmpty();
        assertThat(LIMITS.problems(policy(stale, Duration.ofHours(24).plusMinutes(1), warning)))
                .containsOnlyKeys(Setting.IDLE_TIMEOUT);
        assertThat(LIMITS.problems(policy(stale, null, warning))).containsKey(Setting.IDLE_TIMEOUT);
    }

    @Test
    void the_idle_warning_is_between_ten_seconds_and_ten_minutes_and_comes_before_the_timeout() {
        Duration stale = Duration.ofSeconds(90);

        assertThat(LIMITS.problems(policy(stale, HALF_HOUR, Duration.ofSeconds(9))))
                .containsEntry(Setting.IDLE_WARNING, "Enter 10 to 600 seconds.");
        assertThat(LIMITS.problems(policy(stale, HALF_HOUR, Duration.ofSeconds(10))))
                .isEmpty();
        assertThat(LIMITS.problems(policy(stale, HALF_HOUR, Duration.ofSeconds(600))))
                .isEmpty();
        assertThat(LIMITS.problems(policy(stale, HALF_HOUR, Duration.ofSeconds(601))))
                .containsOnlyKeys(Setting.IDLE_WARNING);
        assertThat(LIMITS.problems(policy(stale, Duration.ofMinutes(1), Duration.ofSeconds(60))))
                .containsEntry(
                        Setting.IDLE_WARNING,
                        "The warning must come before the timeout: enter fewer seconds than"
                                + " the idle timeout (60 s).");
        assertThat(LIMITS.problems(policy(stale, Duration.ofMinutes(1), Duration.ofSeconds(59))))
                .isEmpty();
    }

    @Test
    void every_setting_shows_its_range() {
        assertThat(LIMITS.range(Setting.STALE_AFTER)).isEqualTo("45 to 3600 seconds");
        assertThat(LIMITS.range(Setting.IDLE_TIMEOUT)).isEqualTo("1 to 1440 minutes");
        assertThat(LIMITS.range(Setting.IDLE_WARNING)).isEqualTo("10 to 600 seconds");
    }

    @Test
    void the_settings_read_as_the_administration_log_shows_them() {
        assertThat(SessionPolicies.describe(new SessionPolicy(Duration.ofSeconds(90), HALF_HOUR, false, MINUTE, 0)))
                .isEqualTo("stale after 90 s, idle timeout 30 min, auto timeout enabled, warning 60 s before");
        assertThat(SessionPolicies.describe(new SessionPolicy(
                        Duration.ofSeconds(120), Duration.ofMinutes(45), true, Duration.ofSeconds(30), 3)))
                .isEqualTo("stale after 120 s, idle timeout 45 min, auto timeout disabled, warning 30 s before");
    }

    private static SessionPolicy policy(Duration staleAfter, Duration idleTimeout, Duration warning) {
        return new SessionPolicy(staleAfter, idleTimeout, false, warning, 0);
    }
}
