package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationResult;
import org.junit.jupiter.api.Test;

/** The forms check with the directory's own value objects, worded for the field, without Spring. */
class RuleFieldsTest {

    @Test
    void a_typed_username_is_stored_in_its_canonical_form_and_blank_is_none() {
        assertThat(model(RuleFields.username().convertToModel("Fred.Bloggs", null)))
                .isEqualTo("fred.bloggs");
        assertThat(model(RuleFields.username().convertToModel("  ", null))).isNull();
    }

    @Test
    void a_username_that_breaks_the_rule_shows_the_rules_own_sentence() {
        Result<String> result = RuleFields.username().convertToModel("fred bloggs", null);

        assertThat(result.isError()).isTrue();
        assertThat(result.getMessage())
                .hasValueSatisfying(m -> assertThat(m).startsWith("The username may contain only"));
    }

    @Test
    void an_email_is_stored_trimmed_and_a_bad_one_is_refused_at_the_field() {
        assertThat(model(RuleFields.email().convertToModel(" ann@h.se ", null))).isEqualTo("ann@h.se");
        assertThat(RuleFields.email().convertToModel("ann@h", null).getMessage())
                .hasValue("Enter a valid email address");
        assertThat(RuleFields.email()
                        .convertToModel("a".repeat(250) + "@h.se", null)
                        .isError())
                .isTrue();
    }

    @Test
    void a_password_field_says_the_policys_figures_shortly() {
        assertThat(message(RuleFields.password().apply("short", null))).isEqualTo("At least 12 characters");
        assertThat(message(RuleFields.password().apply("x".repeat(201), null))).isEqualTo("At most 200 characters");
        assertThat(RuleFields.password().apply("x".repeat(12), null).isError()).isFalse();
    }

    @Test
    void an_optional_password_may_stay_empty_but_not_be_short() {
        assertThat(RuleFields.optionalPassword().apply("", null).isError()).isFalse();
        assertThat(message(RuleFields.optionalPassword().apply("short", null))).isEqualTo("At least 12 characters");
    }

    @Test
    void a_name_field_allows_100_characters() {
        assertThat(RuleFields.name().apply("a".repeat(100), null).isError()).isFalse();
        assertThat(message(RuleFields.name().apply("a".repeat(101), null))).isEqualTo("At most 100 characters");
    }

    private static String model(Result<String> result) {
        return result.getOrThrow(IllegalStateException::new);
    }

    private static String message(ValidationResult result) {
        return result.getErrorMessage();
    }
}
