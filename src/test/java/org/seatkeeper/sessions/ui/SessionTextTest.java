package org.seatkeeper.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionTextTest {

    @ParameterizedTest(name = "{0} s reads {1}")
    @CsvSource({
        "0, 0 s",
        "59, 59 s",
        "60, 1 min",
        "252, 4 min 12 s",
        "3600, 1 h",
        "3780, 1 h 3 min",
        "86400, 1 d",
        "93600, 1 d 2 h",
        "-5, 0 s"
    })
    void durations_read_in_hours_minutes_and_seconds(long seconds, String reads) {
        assertThat(SessionText.duration(seconds)).isEqualTo(reads);
    }

    @Test
    void a_sign_in_today_shows_the_time_and_an_older_one_the_day() {
        // outside a page: the server's zone and British formats
        Instant now = LocalDate.of(2026, 11, 30)
                .atTime(LocalTime.of(15, 0))
                .atZone(ZoneId.systemDefault())
                .toInstant();

        assertThat(SessionText.signedIn(now.minus(Duration.ofMinutes(68)), now)).isEqualTo("13:52");
        assertThat(SessionText.signedIn(now.minus(Duration.ofDays(2)), now)).isEqualTo("28 Nov 2026, 15:00");
        assertThat(SessionText.signedIn(now.minus(Duration.ofDays(400)), now)).isEqualTo("26 Oct 2025, 15:00");
    }
}
