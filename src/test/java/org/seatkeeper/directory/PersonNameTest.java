package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.RefusedException;

/** The name length rule of the directory, without Spring. */
class PersonNameTest {

    @Test
    void a_name_has_at_most_100_characters_once_trimmed() {
        assertThat(PersonName.fits("a".repeat(100))).isTrue();
        assertThat(PersonName.fits("  " + "a".repeat(100) + "  ")).isTrue();
        assertThat(PersonName.fits("a".repeat(101))).isFalse();
        assertThat(PersonName.fits(null)).isTrue();
    }

    @Test
    void a_too_long_first_or_last_name_is_refused_with_the_limit() {
        assertThatThrownBy(() -> new PersonName("a".repeat(101), "Smith"))
                .hasMessage("First and last name may have at most 100 characters.")
                .satisfies(e -> assertThat(((RefusedException) e).code()).hasValue(DirectoryRefusal.NAME_TOO_LONG));
        assertThatThrownBy(() -> new PersonName("Ann", "b".repeat(101))).isInstanceOf(RefusedException.class);
    }

    @Test
    void the_full_name_is_first_then_last() {
        assertThat(new PersonName("Ann", "Smith").full()).isEqualTo("Ann Smith");
    }
}
