package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.RefusedException;

/** The one password rule of every place a password is chosen, without Spring. */
class PasswordPolicyTest {

    @Test
    void a_password_has_12_to_200_characters() {
        assertThat(PasswordPolicy.problem("x".repeat(12))).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(200))).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(11))).isPresent();
        assertThat(PasswordPolicy.problem("x".repeat(201))).isPresent();
        assertThat(PasswordPolicy.problem(null)).isPresent();
    }

    @Test
    void a_short_password_is_refused_with_the_least_length_as_figure() {
        assertThatThrownBy(() -> PasswordPolicy.check("short"))
                .hasMessage("A password needs at least 12 characters.")
                .satisfies(e -> {
                    assertThat(((RefusedException) e).code()).hasValue(DirectoryRefusal.PASSWORD_TOO_SHORT);
                    assertThat(((RefusedException) e).arguments()).containsExactly(12);
                });
    }

    @Test
    void a_long_password_is_refused_with_the_most_length_as_figure() {
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(201)))
                .hasMessage("A password may have at most 200 characters.")
                .satisfies(e -> assertThat(((RefusedException) e).code()).hasValue(DirectoryRefusal.PASSWORD_TOO_LONG));
    }
}
