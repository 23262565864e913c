package org.seatkeeper.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The what-if estimate on generated minute series with known answers; no Spring, no database. */
class WhatIfTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    /**
     * A morning of a pool of 3: ten quiet minutes at 1, five minutes full (3) with 2, 0, 4, 0, 1 refusals,
     * then five minutes at 2.
     */
    private static List<UsagePoint> morning() {
        List<UsagePoint> minutes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            minutes.add(minute(minutes.size(), 1, 3, 0));
        }
        for (int refused : new int[] {2, 0, 4, 0, 1}) {
            minutes.add(minute(minutes.size(), 3, 3, refused));
        }
        for (int i = 0; i < 5; i++) {
            minutes.add(minute(minutes.size(), 2, 3, 0));
        }
        return minutes;
    }

    @Test
    void replayed_at_the_capacity_it_had_it_gives_back_what_was_recorded() {
        WhatIf.Estimate same = WhatIf.estimate(morning(), 3);

        assertThat(same.refusals()).isEqualTo(7).isEqualTo(same.recordedRefusals());
        assertThat(same.minutesAtCapacity()).isEqualTo(5).isEqualTo(same.recordedMinutesAtCapacity());
        assertThat(same.minutes()).isEqualTo(20);
        assertThat(same.shareAtCapacity()).isEqualTo(0.25);
    }

    @Test
    void more_seats_absorb_refusals_up_to_the_free_seats_at_each_peak() {
        // at 5 seats: 2 free at each full minute, so 0, 0, 2, 0, 0 are still refused
        WhatIf.Estimate five = WhatIf.estimate(morning(), 5);
        assertThat(five.refusals()).isEqualTo(2);
        // demand (peak + refusals) reached 5 in the minutes with 2 and 4 refusals
        assertThat(five.minutesAtCapacity()).isEqualTo(2);

        assertThat(WhatIf.estimate(morning(), 7).refusals()).isZero();
        assertThat(WhatIf.estimate(morning(), 8).minutesAtCapacity()).isZero();
    }

    @Test
    void fewer_seats_refuse_each_person_above_them_once_not_every_minute() {
        // at 2 seats: the recorded 7 still refused, plus the one person who held a third seat, once
        WhatIf.Estimate two = WhatIf.estimate(morning(), 2);
        assertThat(two.refusals()).isEqualTo(8);
        // the five full minutes and the five at 2
        assertThat(two.minutesAtCapacity()).isEqualTo(10);

        // at 1 seat: two more when the pool fills, nobody new when 3 fall to 2
        WhatIf.Estimate one = WhatIf.estimate(morning(), 1);
        assertThat(one.refusals()).isEqualTo(7 + 2);
        assertThat(one.minutesAtCapacity()).isEqualTo(20);
    }

    @Test
    void no_seats_refuse_everyone_and_an_empty_period_estimates_nothing() {
        WhatIf.Estimate none = WhatIf.estimate(morning(), 0);
        assertThat(none.refusals())
                .as("1 at the start, 2 more when full, and the 7")
                .isEqualTo(1 + 2 + 7);
        assertThat(none.minutesAtCapacity()).isEqualTo(20);

        WhatIf.Estimate empty = WhatIf.estimate(List.of(), 3);
        assertThat(empty.refusals()).isZero();
        assertThat(empty.shareAtCapacity()).isZero();
        assertThat(WhatIf.estimate(List.of(minute(0, 0, 0, 0)), 0).minutesAtCapacity())
                .as("an unused pool of no seats is not at capacity")
                .isZero();
    }

    @Test
    void a_negative_capacity_is_refused() {
        assertThatThrownBy(() -> WhatIf.estimate(morning(), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    private static UsagePoint minute(int index, int peak, int capacity, int refused) {
        return new UsagePoint(
                START.plus(Duration.ofMinutes(index)),
                peak,
                peak,
                capacity,
                UsagePoint.atCapacity(peak, capacity) ? 1 : 0,
                refused);
    }
}
