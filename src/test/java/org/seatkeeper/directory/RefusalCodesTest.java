package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.RefusalCode;
import org.seatkeeper.shared.RefusedException;

/** Refusals carry a stable code and their figures, and the English is made from them, without Spring. */
class RefusalCodesTest {

    @Test
    void every_code_is_unique_and_reads_as_a_key_not_as_words() {
        List<String> codes =
                Arrays.stream(DirectoryRefusal.values()).map(RefusalCode::code).toList();

        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z-]+(\\.[a-z-]+)+"));
    }

    @Test
    void a_refusal_keeps_code_and_figures_and_says_todays_sentence() {
        RefusedException refused = new RefusedException(DirectoryRefusal.ADMINISTRATORS_FULL, 5, 5);

        assertThat(refused.code()).hasValue(DirectoryRefusal.ADMINISTRATORS_FULL);
        assertThat(refused.arguments()).containsExactly(5, 5);
        assertThat(refused.getMessage())
                .isEqualTo("Administrator accounts: 5 of 5 in use. Deactivate or delete one,"
                        + " or ask support for more administrator accounts.");
    }

    @Test
    void code_and_arguments_are_enough_to_say_the_sentence_again() {
        RefusedException refused = new RefusedException(DirectoryRefusal.POSITION_HELD, "Ward nurse 1", "Ann Smith");

        assertThat(refused.code().orElseThrow().english(refused.arguments()))
                .isEqualTo(refused.getMessage())
                .isEqualTo("Position Ward nurse 1 is already held by Ann Smith; a position belongs to one user only.");
    }

    @Test
    void a_refusal_written_as_text_only_has_no_code() {
        assertThat(new RefusedException("Choose a pool.").code()).isEmpty();
        assertThat(new RefusedException("Choose a pool.").arguments()).isEmpty();
    }

    @Test
    void the_username_length_is_counted_in_the_singular_for_one_character() {
        assertThatThrownBy(() -> Username.of("a"))
                .hasMessage("The username has 1 character; use 3 to 100.")
                .satisfies(e -> assertThat(((RefusedException) e).arguments()).containsExactly(1, 3, 100));
        assertThatThrownBy(() -> Username.of("ab")).hasMessage("The username has 2 characters; use 3 to 100.");
    }

    @Test
    void a_login_refusal_is_a_code_first_and_its_words_second() {
        LocalDate today = LocalDate.of(2030, 6, 15);
        LoginAccount expired =
                new LoginAccount(1, "u", "h", Role.USER, true, today.minusDays(1), "U", true, ConcurrentClass.STANDARD);
        LoginAccount inactive =
                new LoginAccount(1, "u", "h", Role.USER, false, null, "U", false, ConcurrentClass.STANDARD);
        LoginAccount loginLess =
                new LoginAccount(1, "u", "h", Role.USER, true, null, "U", false, ConcurrentClass.STANDARD);

        assertThat(expired.refusalCodeOn(today)).hasValue(LoginRefusal.EXPIRED);
        assertThat(expired.refusalOn(today)).hasValue("account valid until 2030-06-14");
        assertThat(inactive.refusalCodeOn(today)).hasValue(LoginRefusal.INACTIVE);
        assertThat(loginLess.refusalCodeOn(today)).hasValue(LoginRefusal.NO_LOGIN);
        assertThat(expired.refusalCodeOn(today.minusDays(1))).isEmpty();
    }
}
