package org.seatkeeper.usage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.usage.PotDay;
import org.seatkeeper.usage.UsagePoint;

/** The charts are SVG drawn on the server, with their series named in the legend and colours per appearance. */
class UsageChartTest {

    static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void a_pools_chart_is_svg_with_peak_capacity_and_the_refusals_marked() {
        List<UsagePoint> hours = new ArrayList<>();
        for (int h = 0; h < 48; h++) {
            int peak = h % 24 >= 8 && h % 24 < 17 ? 3 : 0;
            hours.add(new UsagePoint(
                    START.plus(Duration.ofHours(h)), peak, peak, 3, peak == 3 ? 60 : 0, h == 10 ? 4 : 0));
        }

        String svg = UsageChart.pool(hours, ZoneOffset.UTC, UsageChart.Palette.LIGHT, 960, 220);

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains(UsageChart.PEAK, UsageChart.CAPACITY, UsageChart.REFUSED);
        assertThat(svg).contains("rgb(198,40,40)"); // the refusal mark, in the light palette's red
        assertThat(svg).doesNotContain("rgb(255,107,107)");
    }

    @Test
    void the_dark_palette_draws_in_light_colours() {
        List<UsagePoint> one = List.of(new UsagePoint(START, 1, 1, 3, 0, 1));

        String svg = UsageChart.pool(one, ZoneOffset.UTC, UsageChart.Palette.DARK, 960, 220);

        assertThat(svg).contains("rgb(229,231,235)", "rgb(255,107,107)");
    }

    @Test
    void a_year_by_the_hour_is_drawn_by_the_day() {
        List<UsagePoint> hours = new ArrayList<>();
        for (int h = 0; h < 365 * 24; h++) {
            hours.add(new UsagePoint(
                    START.plus(Duration.ofHours(h)), h % 24 == 10 ? 2 : 0, 0, 3, 0, h % 24 == 11 ? 1 : 0));
        }

        List<UsagePoint> days = UsageChart.byDay(hours, ZoneOffset.UTC);

        assertThat(days).hasSize(365);
        assertThat(days.getFirst()).isEqualTo(new UsagePoint(START, 2, 2, 3, 0, 1));
        assertThat(UsageChart.pool(hours, ZoneOffset.UTC, UsageChart.Palette.DEVICE, 960, 220))
                .contains(UsageChart.PEAK);
    }

    @Test
    void a_pots_chart_is_svg_with_consumption_and_capacity() {
        List<PotDay> days = new ArrayList<>();
        for (int d = 0; d < 90; d++) {
            days.add(new PotDay(LocalDate.of(2026, 9, 1).plusDays(d), 7, "MODULE", "Documents", 40 + d / 10, 50));
        }

        String svg = UsageChart.pot(days, ZoneOffset.UTC, UsageChart.Palette.LIGHT, 960, 200);

        assertThat(svg).startsWith("<svg").contains(UsageChart.CONSUMPTION, UsageChart.CAPACITY);
    }
}
