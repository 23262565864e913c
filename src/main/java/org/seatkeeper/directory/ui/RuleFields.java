package org.seatkeeper.directory.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import org.seatkeeper.directory.DirectoryRefusal;
import org.seatkeeper.directory.EmailAddress;
import org.seatkeeper.directory.InvalidUsernameException;
import org.seatkeeper.directory.PasswordPolicy;
import org.seatkeeper.directory.PersonName;
import org.seatkeeper.directory.Username;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Texts;
import org.seatkeeper.shared.ui.Refusals;

/**
 * The directory's input rules as binder converters and validators: every form checks a username,
 * an e-mail address, a password or a name with the same value object the service checks it with,
 * so each rule is written once (docs/decisions/0023-value-objects-and-refusal-codes.md). The forms
 * word the refusal shortly, next to the field.
 */
final class RuleFields {

    private static final Texts ENGLISH = new Texts();

    private RuleFields() {}

    /** Blank is no username; anything else is stored in its canonical form, or the rule says what is wrong. */
    static Converter<String, String> username() {
        return Converter.from(
                typed -> {
                    if (blank(typed)) {
                        return Result.ok(null);
                    }
                    try {
                        return Result.ok(Username.of(typed).value());
                    } catch (InvalidUsernameException invalid) {
                        return Result.error(Refusals.text(invalid));
                    }
                },
                RuleFields::shown);
    }

    /** Blank is no address; anything else is stored trimmed, if it is an address. */
    static Converter<String, String> email() {
        return Converter.from(
                typed -> {
                    if (blank(typed)) {
                        return Result.ok(null);
                    }
                    String address = typed.trim();
                    return EmailAddress.valid(address) ? Result.ok(address) : Result.error(text("rules.email.invalid"));
                },
                RuleFields::shown);
    }

    /** The password policy, for a field that must hold a password. */
    static Validator<String> password() {
        return (typed, context) -> PasswordPolicy.problem(typed)
                .map(RuleFields::passwordHint)
                .map(ValidationResult::error)
                .orElseGet(ValidationResult::ok);
    }

    /** The password policy, for a field that may stay empty. */
    static Validator<String> optionalPassword() {
        Validator<String> password = password();
        return (typed, context) -> blank(typed) ? ValidationResult.ok() : password.apply(typed, context);
    }

    /** A person's name, a profile's: at most {@link PersonName#MAX_LENGTH} characters. */
    static Validator<String> name() {
        return (typed, context) -> PersonName.fits(typed)
                ? ValidationResult.ok()
                : ValidationResult.error(text("rules.at-most", PersonName.MAX_LENGTH));
    }

    private static String passwordHint(RefusedException problem) {
        return problem.code().orElseThrow() == DirectoryRefusal.PASSWORD_TOO_SHORT
                ? text("rules.at-least", PasswordPolicy.MIN_LENGTH)
                : text("rules.at-most", PasswordPolicy.MAX_LENGTH);
    }

    /** In the page's language; in English outside a page (the rules are also checked without one). */
    private static String text(String key, Object... arguments) {
        return VaadinService.getCurrent() == null
                ? ENGLISH.text(Language.ENGLISH, key, arguments)
                : I18NProvider.translate(key, arguments);
    }

    private static String shown(String stored) {
        return stored == null ? "" : stored;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
