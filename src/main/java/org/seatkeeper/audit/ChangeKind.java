package org.seatkeeper.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an administrative change was, as the administration log stores it: a stable code, not words
 * (docs/decisions/0029-log-codes-and-arguments.md). The modules still publish {@code
 * AdministrativeChange} with a short English phrase ("User created"); this list, the one place that
 * knows those phrases, turns them into codes when the row is written. A phrase not in it is stored as
 * it came, like the rows written before the codes, and still shows.
 */
enum ChangeKind {
    ADMINISTRATOR_LIMIT_CHANGED("audit.change.administrator-limit-changed", "Administrator limit changed"),
    ALERT_DESTINATIONS_CHANGED("audit.change.alert-destinations-changed", "Alert destinations changed"),
    ALERT_RULE_CHANGED("audit.change.alert-rule-changed", "Alert rule changed"),
    API_CLIENT_REGISTERED("audit.change.api-client-registered", "API client registered"),
    API_CLIENT_REVOKED("audit.change.api-client-revoked", "API client revoked"),
    BUSINESS_AREA_CREATED("audit.change.business-area-created", "Business area created"),
    BUSINESS_AREA_DELETED("audit.change.business-area-deleted", "Business area deleted"),
    BUSINESS_AREA_DISABLED("audit.change.business-area-disabled", "Business area disabled"),
    BUSINESS_AREA_ENABLED("audit.change.business-area-enabled", "Business area enabled"),
    BUSINESS_AREA_RENAMED("audit.change.business-area-renamed", "Business area renamed"),
    CONCURRENT_CAPACITY_CHANGED("audit.change.concurrent-capacity-changed", "Concurrent capacity changed"),
    LICENCE_TYPE_CREATED("audit.change.licence-type-created", "Licence type created"),
    MODULE_CREATED("audit.change.module-created", "Module created"),
    OWN_PASSWORD_CHANGED("audit.change.own-password-changed", "Own password changed"),
    PASSWORD_GENERATED("audit.change.password-generated", "Password generated"),
    PASSWORD_REMOVED("audit.change.password-removed", "Password removed"),
    PASSWORD_SET("audit.change.password-set", "Password set"),
    POSITION_CREATED("audit.change.position-created", "Position created"),
    POSITION_DELETED("audit.change.position-deleted", "Position deleted"),
    POSITION_DISABLED("audit.change.position-disabled", "Position disabled"),
    POSITION_ENABLED("audit.change.position-enabled", "Position enabled"),
    POSITION_RENAMED("audit.change.position-renamed", "Position renamed"),
    POT_CAPACITY_CHANGED("audit.change.pot-capacity-changed", "Pot capacity changed"),
    PROFILE_CHANGED("audit.change.profile-changed", "Profile changed"),
    PROFILE_CREATED("audit.change.profile-created", "Profile created"),
    PROFILE_DELETED("audit.change.profile-deleted", "Profile deleted"),
    SESSION_CLOSED("audit.change.session-closed", "Session closed"),
    SESSION_SETTINGS_CHANGED("audit.change.session-settings-changed", "Session settings changed"),
    SIGN_IN_PROTECTION_CHANGED("audit.change.sign-in-protection-changed", "Sign-in protection changed"),
    SIGN_IN_UNLOCKED("audit.change.sign-in-unlocked", "Sign-in unlocked"),
    SIGN_OUT_REQUESTED("audit.change.sign-out-requested", "Sign-out requested"),
    USER_ACTIVATED("audit.change.user-activated", "User activated"),
    USER_CHANGED("audit.change.user-changed", "User changed"),
    USER_CREATED("audit.change.user-created", "User created"),
    USER_DEACTIVATED("audit.change.user-deactivated", "User deactivated"),
    USER_DELETED("audit.change.user-deleted", "User deleted"),
    USER_RESTORED("audit.change.user-restored", "User restored"),
    VALID_UNTIL_CHANGED("audit.change.valid-until-changed", "Valid until changed");

    private static final String PREFIX = "audit.change.";

    final String key;
    final String english;

    ChangeKind(String key, String english) {
        this.key = key;
        this.english = english;
    }

    String code() {
        return key.substring(PREFIX.length());
    }

    static Optional<ChangeKind> ofEnglish(String what) {
        return Arrays.stream(values()).filter(k -> k.english.equals(what)).findFirst();
    }

    static Optional<ChangeKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
