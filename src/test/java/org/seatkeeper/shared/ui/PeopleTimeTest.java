package org.seatkeeper.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeopleTimeTest {

    private static final Instant FIVE_PM_UTC = Instant.parse("2026-11-30T17:05:09Z");

    @Test
    void a_time_is_shown_in_the_readers_zone_not_the_servers() {
        assertThat(PeopleTime.dateTime(FIVE_PM_UTC, ZoneId.of("America/New_York"), Locale.UK))
                .isEqualTo("30 Nov 2026, 12:05:09");
    }

    @Test
    void a_swedish_reader_reads_the_swedish_format() {
        assertThat(PeopleTime.dateTime(FIVE_PM_UTC, ZoneId.of("Europe/Stockholm"), Locale.forLanguageTag("sv-SE")))
                .isEqualTo("30 nov. 2026 18:05:09");
    }

    @Test
    void an_american_reader_keeps_the_american_format() {
        assertThat(PeopleTime.dateTime(FIVE_PM_UTC, ZoneId.of("America/New_York"), Locale.US))
                .contains("Nov 30, 2026")
                .contains("12:05:09");
    }
}
