package org.seatkeeper.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.DirectoryRefusal;
import org.seatkeeper.security.SignInRefusedException;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Texts;

/** A sign-in refused by a service's coded refusal reads in the page's language on the sign-in page. */
class SignInRefusalWordsTest {

    final Texts texts = new Texts();

    @Test
    void a_coded_refusal_behind_a_refused_sign_in_is_said_in_swedish_and_in_english() {
        SignInRefusedException refused = new SignInRefusedException(
                "invalid username", new RefusedException(DirectoryRefusal.USERNAME_LENGTH, 1, 2, 150));

        assertThat(LoginView.messageFor(refused, texts, Language.SWEDISH))
                .isEqualTo("Användarnamnet har 1 tecken; använd 2 till 150.");
        assertThat(LoginView.messageFor(refused, texts, Language.ENGLISH))
                .isEqualTo("The username has 1 character; use 2 to 150.");
    }

    @Test
    void a_refusal_without_a_code_keeps_its_own_words() {
        SignInRefusedException refused = new SignInRefusedException(
                "no seat", new RefusedException("All licences are in use. Try again later."));

        assertThat(LoginView.messageFor(refused, texts, Language.SWEDISH))
                .isEqualTo("All licences are in use. Try again later.");
    }
}
