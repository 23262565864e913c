package org.seatkeeper.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.seatkeeper.lockout.LockoutSettings.Setting;

/** The lockout rules without Spring or a database: when a name locks, how long, and what a person reads. */
class LockoutSettingsTest {

    static LockoutSettings settings(int failures, long firstSeconds, long longestSeconds) {
        return new LockoutSettings(
                failures,
                Duration.ofSeconds(firstSeconds),
                Duration.ofSeconds(longestSeconds),
                Duration.ofHours(12),
                30,
                Duration.ofMinutes(10),
                Duration.ofMinutes(5),
                0);
    }

    @Test
    void every_nth_failure_locks_for_twice_as_long_as_the_lock_before_up_to_the_longest() {
        LockoutSettings settings = settings(3, 60, 300);

        assertThat(settings.lockAfter(1)).isEmpty();
        assertThat(settings.lockAfter(2)).isEmpty();
        assertThat(settings.lockAfter(3)).contains(Duration.ofSeconds(60));
        assertThat(settings.lockAfter(4)).isEmpty();
        assertThat(settings.lockAfter(6)).contains(Duration.ofSeconds(120));
        assertThat(settings.lockAfter(9)).contains(Duration.ofSeconds(240));
        assertThat(settings.lockAfter(12)).contains(Duration.ofSeconds(300));
        assertThat(settings.lockAfter(3 * 1_000))
                .as("no overflow after many locks")
                .contains(Duration.ofSeconds(300));
    }

    @Test
    void an_address_is_paused_once_its_failures_reach_the_setting() {
        LockoutSettings settings = settings(5, 60, 900);

        assertThat(settings.pausesAddress(29)).isFalse();
        assertThat(settings.pausesAddress(30)).isTrue();
    }

    @Test
    void values_out_of_range_are_named_on_their_setting_with_the_range() {
        LockoutSettings wrong = new LockoutSettings(
                0,
                Duration.ofSeconds(600),
                Duration.ofSeconds(60),
                null,
                101,
                Duration.ofMinutes(10),
                Duration.ZERO,
                0);

        assertThat(wrong.problems())
                .containsOnlyKeys(
                        Setting.ACCOUNT_FAILURES,
                        Setting.LONGEST_WAIT,
                        Setting.FORGET_AFTER,
                        Setting.ADDRESS_FAILURES,
                        Setting.ADDRESS_WAIT);
        assertThat(wrong.problems().get(Setting.ACCOUNT_FAILURES)).isEqualTo("Enter 1 to 100 failed sign-ins.");
        assertThat(wrong.problems().get(Setting.LONGEST_WAIT))
                .isEqualTo("The longest lock cannot be shorter than the first: enter at least 600 seconds.");
        assertThat(wrong.problems().get(Setting.FORGET_AFTER)).isEqualTo("Enter 1 to 10080 minutes.");
        assertThat(settings(5, 60, 900).problems()).isEmpty();
    }

    @Test
    void a_pause_says_how_long_in_words_and_rounds_up_for_retry_after() {
        assertThat(new Pause(false, Duration.ofMillis(44_200)).message())
                .isEqualTo("Too many failed sign-ins with"
                        + " this username. Sign-in with it is paused: try again in 45 seconds.");
        assertThat(new Pause(false, Duration.ofMillis(44_200)).retryAfterSeconds())
                .isEqualTo(45);
        assertThat(new Pause(true, Duration.ofSeconds(61)).message()).endsWith("try again in 2 minutes.");
        assertThat(new Pause(true, Duration.ofSeconds(60)).message())
                .contains("network address")
                .endsWith("try again in 1 minute.");
        assertThat(new Pause(false, Duration.ofHours(3)).message()).endsWith("try again in 3 hours.");
        assertThat(new Pause(false, Duration.ZERO).retryAfterSeconds())
                .as("never zero")
                .isEqualTo(1);
        assertThat(new Pause(false, Duration.ofSeconds(120)).logReason()).isEqualTo("locked for 2 min");
        assertThat(new Pause(true, Duration.ofSeconds(30)).logReason()).isEqualTo("address paused for 30 s");
    }
}
