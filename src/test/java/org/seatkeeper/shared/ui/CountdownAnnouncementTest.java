package org.seatkeeper.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A countdown speaks at its start and at a few marks, never every second, and says its figures plainly. */
class CountdownAnnouncementTest {

    private final CountdownAnnouncement announcement = new CountdownAnnouncement(
            false, seconds -> "You will be signed out in " + seconds + (seconds == 1 ? " second." : " seconds."));

    @Test
    void a_countdown_is_spoken_at_its_start_and_at_one_minute_30_and_10_seconds_only() {
        List<String> heard = new ArrayList<>();
        for (long left = 90; left >= 0; left--) {
            String before = announcement.spoken();
            announcement.secondsLeft(left);
            if (!announcement.spoken().equals(before)) {
                heard.add(announcement.spoken());
            }
        }
        assertThat(heard)
                .containsExactly(
                        "You will be signed out in 90 seconds.",
                        "You will be signed out in 60 seconds.",
                        "You will be signed out in 30 seconds.",
                        "You will be signed out in 10 seconds.");
    }

    @Test
    void a_countdown_that_skips_ticks_still_speaks_once_it_has_passed_a_mark() {
        announcement.secondsLeft(45);
        announcement.secondsLeft(28);
        assertThat(announcement.spoken()).isEqualTo("You will be signed out in 28 seconds.");
        announcement.secondsLeft(1);
        assertThat(announcement.spoken()).isEqualTo("You will be signed out in 1 second.");
    }

    @Test
    void the_words_are_in_a_live_region_that_is_read_but_not_shown() {
        assertThat(announcement.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(announcement.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(announcement.getElement().getAttribute("aria-atomic")).isEqualTo("true");
        assertThat(announcement.getClassNames()).contains("visually-hidden");

        CountdownAnnouncement urgent = new CountdownAnnouncement(true, seconds -> "");
        assertThat(urgent.getElement().getAttribute("aria-live")).isEqualTo("assertive");
        assertThat(urgent.getElement().getAttribute("role")).isEqualTo("alert");
    }
}
