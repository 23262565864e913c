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
    /**
     * Not enough licences for one action on one person or profile. Arguments: the name, the first
     * overflowing pot, its in use, capacity and the licences wanted, then any further pots described.
     */
    NOT_ENOUGH_TO_CREATE(
            "licences.not-enough.create",
            "Creating {0} is refused: not enough licences. {1}: {2} of {3} in use, this needs {4} more{5}."),
    NOT_ENOUGH_TO_SAVE(
            "licences.not-enough.save",
            "Saving {0} is refused: not enough licences. {1}: {2} of {3} in use, this needs {4} more{5}."),
    NOT_ENOUGH_TO_ACTIVATE(
            "licences.not-enough.activate",
            "Activating {0} is refused: not enough licences. {1}: {2} of {3} in use, this needs {4} more{5}."),
    NOT_ENOUGH_TO_RESTORE(
            "licences.not-enough.restore",
            "Restoring {0} is refused: not enough licences. {1}: {2} of {3} in use, this needs {4} more{5}."),
    NOT_ENOUGH_FOR_CREDENTIALS(
            "licences.not-enough.credentials",
            "Giving {0} login credentials is refused: not enough licences. {1}: {2} of {3} in use, this needs {4}"
                    + " more{5}."),
    NOT_ENOUGH_FOR_PROFILE(
            "licences.not-enough.profile",
            "Changing profile {0} is refused: not enough licences. {1}: {2} of {3} in use, this needs {4} more{5}."),
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
            "Only support staff may create support accounts" + " or change their role."),

    // purchased figures (LicencePots)
    CAPACITY_NEGATIVE("capacity.negative", "A capacity cannot be negative."),
    /** Arguments: the pot, in use, the capacity asked for, who consumes it. */
    POT_CAPACITY_BELOW_USE(
            "pot.capacity-below-use",
            "{0}: {1} in use, so the capacity cannot be lowered to {2}. Delete users, remove their login"
                    + " credentials or change their profile first. Consumed by: {3}."),
    /** Arguments: the pot, in use, the capacity asked for, the first consumers, how many more. */
    POT_CAPACITY_BELOW_USE_AND_MORE(
            "pot.capacity-below-use.and-more",
            "{0}: {1} in use, so the capacity cannot be lowered to {2}. Delete users, remove their login"
                    + " credentials or change their profile first. Consumed by: {3} and {4} more."),
    POOL_MISSING("pool.missing", "Choose a concurrent pool."),
    /** Arguments: reserved users, the capacity asked for, their names. */
    RESERVED_CAPACITY_BELOW_MARKED(
            "pool.reserved.capacity-below-marked",
            "Reserved: {0} users are marked reserved, so the capacity cannot be lowered to {1}. Reserved users: {2}."),
    POT_UNKNOWN("pot.unknown", "Pot #{0} does not exist."),
    REASON_MISSING("capacity.reason-missing", "Please give a reason for the capacity change."),
    /** Argument: the most characters. */
    REASON_TOO_LONG("capacity.reason-too-long", "The reason may have at most {0} characters."),
    /** Arguments: administrators in use, the limit asked for. */
    ADMINISTRATOR_LIMIT_BELOW_USE(
            "administrators.limit-below-use", "Administrator accounts: {0} in use, so the limit cannot be {1}."),

    // the user list
    /** Argument: the property asked for. */
    SORT_UNKNOWN("user.sort-unknown", "Users cannot be sorted by '{0}'."),

    // profiles (argument: the profile's name first)
    /** Arguments: the profile, how many users hold it. */
    PROFILE_HELD("profile.held", "Profile {0} is held by {1} users; give them another profile first.") {
        @Override
        public String english(List<?> arguments) {
            return singular(super.english(arguments), arguments, 1, "held by 1 users", "held by 1 user");
        }
    },
    PROFILE_IN_HISTORY("profile.in-history", "Profile {0} is still referenced by deleted users' history."),
    PROFILE_CHANGED_MEANWHILE(
            "profile.changed-meanwhile",
            "Profile {0} was changed by someone else after you opened it. Your changes were not saved;"
                    + " reload it and apply them again."),
    PROFILE_NAME_MISSING("profile.name-missing", "Please fill in the mandatory fields: name."),
    PROFILE_TYPE_MISSING("profile.licence-type-missing", "Please fill in the mandatory fields: licence type."),
    /** Argument: the most characters. */
    PROFILE_NAME_TOO_LONG("profile.name-too-long", "A profile name may have at most {0} characters."),
    PROFILE_NAME_TAKEN("profile.name-taken", "A profile named {0} already exists."),
    LICENCE_TYPE_UNKNOWN("licence-type.unknown", "Licence type #{0} does not exist."),
    MODULE_UNKNOWN("module.unknown", "Module #{0} does not exist."),
    /** Arguments: the licence type, how many holders have a password, the profile. */
    PROFILE_LOGIN_LESS_HAS_PASSWORDS(
            "profile.login-less-type.passwords",
            "{0} holders cannot log in, but {1} users of profile {2} have a password; remove the passwords"
                    + " first.") {
        @Override
        public String english(List<?> arguments) {
            return singular(super.english(arguments), arguments, 1, " 1 users of profile ", " 1 user of profile ")
                    .replace(
                            " 1 user of profile " + argument(arguments, 2) + " have a",
                            " 1 user of profile " + argument(arguments, 2) + " has a");
        }
    },

    // setup lists (argument: the name first)
    POSITION_USED("position.used", "Position {0} has been used, so it cannot be deleted; disable it instead."),
    PRIMARY_AREA_TAKEN("business-area.primary-taken", "A primary business area named {0} already exists."),
    /** Argument: the secondary area's full label. */
    AREA_IS_SECONDARY("business-area.is-secondary", "{0} is a secondary area; secondaries go under a primary."),
    /** Arguments: the primary area, the name. */
    SECONDARY_AREA_TAKEN("business-area.secondary-taken", "{0} already has a secondary area named {1}."),
    AREA_TAKEN("business-area.taken", "A business area named {0} already exists there."),
    AREA_USED("business-area.used", "Business area {0} has been used, so it cannot be deleted; disable it instead."),
    MODULE_TAKEN("module.taken", "A module named {0} already exists."),
    LICENCE_TYPE_TAKEN("licence-type.taken", "A licence type named {0} already exists."),
    POSITION_TAKEN_TITLE(
            "position.title-taken",
            "Position {0} already exists; position titles are unique (number them, e.g. Nurse 1, Nurse 2)."),
    POSITION_TITLE_MISSING("position.title-missing", "Please fill in the mandatory fields: position title."),
    AREA_NAME_MISSING("business-area.name-missing", "Please fill in the mandatory fields: business area name."),
    MODULE_NAME_MISSING("module.name-missing", "Please fill in the mandatory fields: module name."),
    LICENCE_TYPE_NAME_MISSING("licence-type.name-missing", "Please fill in the mandatory fields: licence type name."),
    /** Argument: the most characters. */
    POSITION_TITLE_TOO_LONG("position.title-too-long", "The position title may have at most {0} characters."),
    AREA_NAME_TOO_LONG("business-area.name-too-long", "The business area name may have at most {0} characters."),
    MODULE_NAME_TOO_LONG("module.name-too-long", "The module name may have at most {0} characters."),
    LICENCE_TYPE_NAME_TOO_LONG("licence-type.name-too-long", "The licence type name may have at most {0} characters.");

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

    /** The sentence with its one-word plural made singular when the count argument is 1. */
    private static String singular(String sentence, List<?> arguments, int index, String plural, String one) {
        return arguments.size() > index && Long.valueOf(1).equals(number(arguments.get(index)))
                ? sentence.replace(plural, one)
                : sentence;
    }

    private static Object argument(List<?> arguments, int index) {
        return arguments.size() > index ? arguments.get(index) : "{" + index + "}";
    }

    private static Long number(Object argument) {
        return argument instanceof Number n ? n.longValue() : null;
    }
}
