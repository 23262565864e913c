package org.seatkeeper.directory;

import java.util.List;
import org.seatkeeper.shared.RefusalCode;

/**
 * Every refusal of the directory's user rules, with its stable code and today's English sentence;
 * the arguments are the figures and names, in placeholder order (docs/decisions/0023-value-objects-and-refusal-codes.md).
 */
public enum DirectoryRefusal implements RefusalCode {

    // what was typed
    USERNAME_MISSING("username.missing", "Enter a username."),
    USERNAME_INVISIBLE_CHARACTER(
            "username.invisible-character",
            "The username contains an invisible or control" + " character (character {0}). Type it again with "
                    + Username.ALLOWED + " only."),
    USERNAME_EDGE_SPACE("username.edge-space", "The username starts or ends with a space; remove it."),
    USERNAME_SPECIAL_FORM(
            "username.special-form",
            "The username contains a character in a special form, such as a"
                    + " fullwidth letter; type the ordinary letter instead."),
    USERNAME_CHARACTERS("username.characters", "The username may contain only " + Username.ALLOWED + "."),
    /** Arguments: the length, the least and the most characters. */
    USERNAME_LENGTH("username.length", "The username has {0} characters; use {1} to {2}.") {
        @Override
        public String english(List<?> arguments) {
            String sentence = super.english(arguments);
            return Integer.valueOf(1).equals(arguments.getFirst())
                    ? sentence.replace("has 1 characters", "has 1 character")
                    : sentence;
        }
    },
    EMAIL_INVALID("email.invalid", "'{0}' is not a valid email address."),
    PASSWORD_TOO_SHORT("password.too-short", "A password needs at least {0} characters."),
    PASSWORD_TOO_LONG("password.too-long", "A password may have at most {0} characters."),
    NAME_TOO_LONG("user.name.too-long", "First and last name may have at most {0} characters."),
    /** Argument: the missing fields, listed in words. */
    MANDATORY_FIELDS_MISSING("user.mandatory-fields-missing", "Please fill in the mandatory fields: {0}."),
    NO_USER_DATA("user.no-data", "No user data given."),

    // what the input refers to
    USER_UNKNOWN("user.unknown", "User #{0} does not exist."),
    PROFILE_UNKNOWN("profile.unknown", "Profile #{0} does not exist."),
    BUSINESS_AREA_UNKNOWN("business-area.unknown", "Business area #{0} does not exist."),
    POSITION_UNKNOWN("position.unknown", "Position #{0} does not exist."),
    STAFF_HOLD_NO_PROFILE("user.staff-hold-no-profile", "Administrator and support accounts hold no business profile."),
    STAFF_HOLD_NO_POSITION("user.staff-hold-no-position", "Administrator and support accounts hold no position."),
    PRIMARY_BUSINESS_AREA("user.primary-business-area", "Choose a secondary business area under {0}."),
    BUSINESS_AREA_DISABLED("user.business-area-disabled", "Business area {0} is disabled."),
    POSITION_DISABLED("user.position-disabled", "Position {0} is disabled."),
    /** Arguments: the position's title, its holder's name. */
    POSITION_HELD("user.position-held", "Position {0} is already held by {1}; a position belongs to one user only."),
    POSITION_TAKEN("user.position-taken", "That position is already held by another user."),
    CONCURRENT_CLASS_FOR_BUSINESS_USERS(
            "user.concurrent-class-for-business-users",
            "Only business users who can"
                    + " log in are view-only or reserved; administrator and support accounts are exempt from the concurrent pools."),

    // logging in (argument: the licence type's name)
    LOGIN_LESS_TYPE_NO_USERNAME(
            "user.login-less-type.no-username", "{0} holders cannot log in, so they get no username."),
    LOGIN_LESS_TYPE_NO_PASSWORD(
            "user.login-less-type.no-password", "{0} holders cannot log in, so they get no password."),
    LOGIN_LESS_TYPE_HAS_PASSWORD(
            "user.login-less-type.has-password",
            "{0} holders cannot log in; remove the password"
                    + " first or choose a profile whose licence type can log in."),
    NO_USERNAME_FOR_PASSWORD("user.no-username-for-password", "{0} has no username; a password needs one."),
    CURRENT_PASSWORD_WRONG("password.current-wrong", "The current password is not correct."),
    PASSWORD_UNCHANGED("password.unchanged", "The new password must differ from the current one."),
    OWN_ACCOUNT_GONE("account.gone", "Your account no longer exists."),

    // uniqueness and concurrent edits
    USERNAME_TAKEN("user.username-taken", "Username '{0}' is already taken."),
    EMAIL_TAKEN("user.email-taken", "Email {0} is already used by another user."),
    /** Arguments: the username, the deleted user's name. */
    RESTORE_USERNAME_TAKEN(
            "user.restore.username-taken",
            "Username '{0}' has been given to someone else; {1} cannot" + " be restored with it."),
    RESTORE_EMAIL_TAKEN("user.restore.email-taken", "Email {0} is used by another user."),
    CHANGED_MEANWHILE(
            "user.changed-meanwhile",
            "{0} was changed by someone else after you opened the form. Your"
                    + " changes were not saved; reload the user and apply them again."),

    // the user's state (argument: the user's name)
    DELETED("user.deleted", "{0} is deleted."),
    DELETED_RESTORE_BEFORE_EDITING(
            "user.deleted.restore-before-editing", "{0} is deleted; restore the user before editing."),
    DELETED_RESTORE_INSTEAD("user.deleted.restore-instead", "{0} is deleted; restore the user instead."),
    OWN_ACCOUNT_ROLE("user.own-account.role", "You cannot change the role of your own account."),
    OWN_ACCOUNT_DEACTIVATE("user.own-account.deactivate", "You cannot deactivate your own account."),
    OWN_ACCOUNT_REMOVE_PASSWORD(
            "user.own-account.remove-password", "You cannot remove the password of your own account."),
    OWN_ACCOUNT_DELETE("user.own-account.delete", "You cannot delete your own account."),

    // limits
    /** Arguments: the action, the overflowing pots with their figures. */
    NOT_ENOUGH_LICENCES("licences.not-enough", "{0} is refused: not enough licences. {1}."),
    /** Arguments: administrators in use, the limit. */
    ADMINISTRATORS_FULL(
            "user.administrators-full",
            "Administrator accounts: {0} of {1} in use. Deactivate or delete"
                    + " one, or ask support for more administrator accounts."),
    /** Arguments: reserved users, the Reserved capacity, their names. */
    RESERVED_FULL("user.reserved-full", "Reserved users: {0} of {1} (the Reserved pool capacity) already marked: {2}."),
    RESERVED_BY_SUPPORT_ONLY("user.reserved.by-support-only", "Only support staff may mark or unmark reserved users."),
    SUPPORT_ROLE_BY_SUPPORT_ONLY(
            "user.support-role.by-support-only",
            "Only support staff may create support accounts" + " or change their role.");

    private final String code;
    private final String template;

    DirectoryRefusal(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }
}
