package org.seatkeeper.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.usage.UsagePoint;

/** When a rule's condition holds and when it ends, on a pool of 5 seats, minute by minute. */
class AlertConditionsTest {

    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    /** Minutes from 09:00 with these peaks and refusals; the last is the minute in progress. */
    private static List<UsagePoint> minutes(int[] peaks, int... denials) {
        List<UsagePoint> points = new ArrayList<>();
        for (int i = 0; i < peaks.length; i++) {
            points.add(new UsagePoint(
                    T0.plusSeconds(60L * i),
                    peaks[i],
                    peaks[i],
                    5,
                    peaks[i] >= 5 ? 1 : 0,
                    i < denials.length ? denials[i] : 0));
        }
        return points;
    }

    @Test
    void five_whole_minutes_at_or_above_ninety_percent_raise_from_the_first_of_them() {
        var seen = AlertConditions.highUse(minutes(new int[] {3, 5, 5, 5, 5, 5, 4}), 90, 5);

        assertThat(seen).hasValueSatisfying(s -> {
            assertThat(s.since()).isEqualTo(T0.plusSeconds(60));
            assertThat(s.inUse()).isEqualTo(4);
            assertThat(s.capacity()).isEqualTo(5);
        });
    }

    @Test
    void four_whole_minutes_are_not_enough_and_the_minute_in_progress_does_not_count() {
        assertThat(AlertConditions.highUse(minutes(new int[] {3, 3, 5, 5, 5, 5, 5}), 90, 5))
                .isEmpty();
    }

    @Test
    void ninety_percent_of_five_seats_needs_all_five() {
        assertThat(AlertConditions.highUse(minutes(new int[] {4, 4, 4, 4, 4, 4}), 90, 5))
                .isEmpty();
        assertThat(AlertConditions.highUse(minutes(new int[] {4, 4, 4, 4, 4, 4}), 80, 5))
                .isPresent();
    }

    @Test
    void high_use_ends_after_one_whole_minute_below_the_share() {
        assertThat(AlertConditions.highUseEnded(minutes(new int[] {5, 5, 5}), 90))
                .isFalse();
        assertThat(AlertConditions.highUseEnded(minutes(new int[] {5, 4, 5}), 90))
                .isTrue();
    }

    @Test
    void a_refusal_in_the_minute_in_progress_is_seen_at_once() {
        assertThat(AlertConditions.refusal(minutes(new int[] {5, 5, 5}, 0, 0, 2)))
                .hasValueSatisfying(s -> assertThat(s.since()).isEqualTo(T0.plusSeconds(120)));
        assertThat(AlertConditions.refusal(minutes(new int[] {5, 5, 5}, 3, 0, 0)))
                .as("too long ago")
                .isEmpty();
    }

    @Test
    void refusals_end_after_a_whole_minute_with_a_seat_free_and_none_refused() {
        assertThat(AlertConditions.refusalEnded(minutes(new int[] {5, 5, 4}, 1, 0, 0)))
                .as("full all minute")
                .isFalse();
        assertThat(AlertConditions.refusalEnded(minutes(new int[] {5, 4, 4}, 1, 0, 0)))
                .isTrue();
        assertThat(AlertConditions.refusalEnded(minutes(new int[] {5, 4, 5}, 1, 0, 1)))
                .as("refused again")
                .isFalse();
    }
}
