package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 13: one canonical form per username, and no invisible character ever matches an account. */
class UsernameTest {

    @ParameterizedTest(name = "[{index}] U+{0}")
    @ValueSource(
            ints = {
                0x0000, 0x0007, 0x001B, 0x007F, 0x0085, 0x200B, 0x200D, 0x202E, 0x2066, 0xFEFF, 0x00AD, 0x2028, 0xE000
            })
    void a_control_or_invisible_character_anywhere_is_refused_saying_where(int character) {
        String typed = "burst." + Character.toString(character) + "std.001";

        assertThatThrownBy(() -> Username.of(typed))
                .isInstanceOf(InvalidUsernameException.class)
                .hasMessageContaining("invisible or control character (character 7)");
        assertThat(Username.parse(typed)).isEmpty();
        assertThat(Username.parse(Character.toString(character) + "burst.std.001"))
                .isEmpty();
        assertThat(Username.parse("burst.std.001" + Character.toString(character)))
                .isEmpty();
    }

    @Test
    void leading_and_trailing_spaces_are_refused_not_trimmed() {
        assertThatThrownBy(() -> Username.of("burst.std.001 "))
                .hasMessage("The username starts or ends with a space; remove it.");
        assertThat(Username.parse(" burst.std.001")).isEmpty();
        assertThat(Username.parse("burst.std.001\u00A0")).isEmpty();
        assertThat(Username.parse("burst.std.001\u3000")).isEmpty();
    }

    @Test
    void fullwidth_letters_and_other_compatibility_forms_are_refused() {
        assertThatThrownBy(() -> Username.of("\uFF42urst.std.001")).hasMessageContaining("fullwidth letter");
        assertThat(Username.parse("ｂｕｒｓｔ.ｓｔｄ.００１")).isEmpty();
        assertThat(Username.parse("\uFB01nance")).as("the ligature fi").isEmpty();
        assertThat(Username.parse("user\u00B2")).as("a superscript two").isEmpty();
    }

    @Test
    void upper_case_folds_to_lower_case_by_the_root_locale() {
        assertThat(Username.of("Burst.STD.001").value()).isEqualTo("burst.std.001");
        assertThat(Username.of("IRMA").value()).as("no Turkish dotless i").isEqualTo("irma");
        assertThat(Username.of("ÉLODIE").value()).isEqualTo("élodie");
        assertThat(Username.of("Fred.Bloggs")).isEqualTo(Username.of("fred.bloggs"));
    }

    @Test
    void an_accent_makes_another_name_and_both_spellings_of_an_accent_are_one_name() {
        String precomposed = "jos\u00E9";
        String combining = "jose\u0301";

        assertThat(Username.of(precomposed)).isNotEqualTo(Username.of("jose"));
        assertThat(Username.of(combining)).isEqualTo(Username.of(precomposed));
        assertThat(Username.of(combining).value()).isEqualTo(precomposed).hasSize(4);
    }

    @Test
    void only_letters_digits_dots_dashes_underscores_and_at_are_allowed() {
        assertThat(Username.of("anna-lena_o.brien@hq").value()).isEqualTo("anna-lena_o.brien@hq");
        assertThat(Username.of("Müller2").value()).isEqualTo("müller2");
        assertThatThrownBy(() -> Username.of("fred bloggs"))
                .hasMessage("The username may contain only letters, digits, dots, dashes, underscores or @.");
        assertThat(Username.parse("fred<script>")).isEmpty();
        assertThat(Username.parse("fred/../admin")).isEmpty();
    }

    @Test
    void a_username_has_3_to_100_characters_counted_as_people_count_them() {
        assertThatThrownBy(() -> Username.of("ab")).hasMessage("The username has 2 characters; use 3 to 100.");
        assertThatThrownBy(() -> Username.of("a".repeat(101)))
                .hasMessage("The username has 101 characters; use 3 to 100.");
        assertThat(Username.of("é".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> Username.of("")).hasMessage("Enter a username.");
        assertThatThrownBy(() -> Username.of(null)).hasMessage("Enter a username.");
        assertThatThrownBy(() -> Username.of("   ")).hasMessage("Enter a username.");
    }

    @Test
    void a_refused_name_is_shown_in_logs_with_its_invisible_characters_written_out() {
        assertThat(Username.printable("burst.\u0000std.001")).isEqualTo("burst.[U+0000]std.001");
        assertThat(Username.printable("admin\u202E")).isEqualTo("admin[U+202E]");
        assertThat(Username.printable("Fred.Bloggs"))
                .as("a valid name in its canonical form")
                .isEqualTo("fred.bloggs");
        assertThat(Username.printable(null)).isEmpty();
    }
}
