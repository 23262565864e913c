package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.RefusedException;

/** The one e-mail rule of the service and the forms, without Spring. */
class EmailAddressTest {

    @Test
    void an_address_is_kept_trimmed_and_nothing_typed_is_no_address() {
        assertThat(EmailAddress.typed("  ann.smith@hospital.example "))
                .map(EmailAddress::value)
                .hasValue("ann.smith@hospital.example");
        assertThat(EmailAddress.typed("   ")).isEmpty();
        assertThat(EmailAddress.typed(null)).isEmpty();
    }

    @Test
    void an_address_needs_one_at_sign_a_dotted_domain_and_no_spaces() {
        assertThat(EmailAddress.valid("a@b.se")).isTrue();
        assertThat(EmailAddress.valid("a@b")).isFalse();
        assertThat(EmailAddress.valid("a@@b.se")).isFalse();
        assertThat(EmailAddress.valid("ann smith@b.se")).isFalse();
        assertThat(EmailAddress.valid("@b.se")).isFalse();
        assertThat(EmailAddress.valid(null)).isFalse();
    }

    @Test
    void an_address_has_at_most_254_characters() {
        String domain = "@hospital.se";
        assertThat(EmailAddress.valid("a".repeat(254 - domain.length()) + domain))
                .isTrue();
        assertThat(EmailAddress.valid("a".repeat(255 - domain.length()) + domain))
                .isFalse();
    }

    @Test
    void a_refused_address_carries_its_code_and_what_was_typed() {
        assertThatThrownBy(() -> new EmailAddress("not-an-address"))
                .isInstanceOf(RefusedException.class)
                .hasMessage("'not-an-address' is not a valid email address.")
                .satisfies(e -> {
                    RefusedException refused = (RefusedException) e;
                    assertThat(refused.code()).hasValue(DirectoryRefusal.EMAIL_INVALID);
                    assertThat(refused.arguments()).containsExactly("not-an-address");
                });
    }
}
