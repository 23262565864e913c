package org.seatkeeper.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;

/** A paused sign-in says how long to wait in the reader's language, with that language's plurals. */
class PauseWordsTest {

    private final Texts texts = new Texts();

    @Test
    void a_paused_username_reads_in_swedish_with_its_plural_and_in_english_as_before() {
        Pause pause = new Pause(false, Duration.ofSeconds(45));

        assertThat(pause.message())
                .isEqualTo("Too many failed sign-ins with this username. Sign-in with it is paused: try again in"
                        + " 45 seconds.");
        assertThat(texts.refusal(pause.refusal(), Language.ENGLISH)).isEqualTo(pause.message());
        assertThat(texts.refusal(pause.refusal(), Language.SWEDISH))
                .isEqualTo("För många misslyckade inloggningar med det här användarnamnet. Inloggning med det är"
                        + " pausad: försök igen om 45 sekunder.");
    }

    @Test
    void a_paused_address_counts_minutes_and_hours_in_the_readers_words() {
        assertThat(texts.refusal(new Pause(true, Duration.ofSeconds(60)).refusal(), Language.SWEDISH))
                .endsWith("försök igen om 1 minut.");
        assertThat(texts.refusal(new Pause(true, Duration.ofMinutes(100)).refusal(), Language.SWEDISH))
                .endsWith("försök igen om 2 timmar.");
        assertThat(new Pause(true, Duration.ofMinutes(100)).message()).endsWith("try again in 2 hours.");
    }
}
