package org.seatkeeper.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The minute a pool's row still holds, read beside the written minutes (docs/decisions/0015-usage-history.md):
 * placed in order, and merged with a row written for the same minute as the minute's write-out merges them.
 */
class UsageSeriesTest {

    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void the_held_minute_follows_the_written_ones() {
        List<UsageSeries.Recorded> rows =
                UsageSeries.withRunning(List.of(minute(0, 1, 2, 2, 0)), Optional.of(minute(5, 2, 3, 1, 1)));

        assertThat(rows).extracting(UsageSeries.Recorded::start).containsExactly(T0, T0.plusSeconds(300));
    }

    @Test
    void a_minute_both_written_and_held_is_read_once_with_the_higher_peak_and_both_refusals() {
        UsageSeries.Recorded written = minute(3, 2, 3, 2, 2);
        UsageSeries.Recorded held = minute(3, 2, 2, 1, 1);

        assertThat(UsageSeries.withRunning(List.of(minute(0, 0, 2, 2, 0), written), Optional.of(held)))
                .hasSize(2)
                .last()
                .satisfies(merged -> {
                    assertThat(merged.peakInUse()).isEqualTo(3);
                    assertThat(merged.denials()).isEqualTo(3);
                    assertThat(merged.openingInUse())
                            .as("the written row came first")
                            .isEqualTo(2);
                    assertThat(merged.closingInUse())
                            .as("the held one is the pool now")
                            .isEqualTo(1);
                    assertThat(merged.minutesAtCapacity()).isEqualTo(1);
                });
        assertThat(UsageSeries.later(Optional.of(written), Optional.of(held)))
                .get()
                .extracting(UsageSeries.Recorded::denials)
                .isEqualTo(3);
    }

    @Test
    void the_later_and_the_earlier_of_a_written_and_the_held_minute() {
        Optional<UsageSeries.Recorded> written = Optional.of(minute(1, 0, 1, 1, 0));
        Optional<UsageSeries.Recorded> held = Optional.of(minute(4, 1, 2, 2, 0));

        assertThat(UsageSeries.later(written, held)).isEqualTo(held);
        assertThat(UsageSeries.earlier(written, held)).isEqualTo(written);
        assertThat(UsageSeries.later(Optional.empty(), held)).isEqualTo(held);
        assertThat(UsageSeries.earlier(written, Optional.empty())).isEqualTo(written);
    }

    /** Minute {@code at} after T0 of a pool of 3 seats. */
    private static UsageSeries.Recorded minute(int at, int opening, int peak, int closing, int denials) {
        return new UsageSeries.Recorded(
                T0.plusSeconds(60L * at), peak, peak, peak >= 3 ? 1 : 0, denials, opening, closing, 3);
    }
}
