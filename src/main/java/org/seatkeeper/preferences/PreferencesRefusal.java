package org.seatkeeper.preferences;

import org.seatkeeper.shared.RefusalCode;

/**
 * Every refusal of the preferences, with its stable code and today's English sentence
 * (docs/decisions/0023-value-objects-and-refusal-codes.md).
 */
public enum PreferencesRefusal implements RefusalCode {
    ZONE_MISSING("preferences.zone.missing", "Choose a time zone."),
    /** Argument: what was typed. */
    ZONE_UNKNOWN(
            "preferences.zone.unknown",
            "\"{0}\" is not a time zone this server knows; choose one from the list, for example Europe/Stockholm."),
    ACCOUNT_NOT_FOUND_LANGUAGE(
            "preferences.account-not-found.language",
            "Your account was not found, so the language cannot be remembered."),
    ACCOUNT_NOT_FOUND_ZONE(
            "preferences.account-not-found.zone", "Your account was not found, so the time zone cannot be remembered."),
    ACCOUNT_NOT_FOUND_APPEARANCE(
            "preferences.account-not-found.appearance",
            "Your account was not found, so the appearance cannot be remembered.");

    private final String code;
    private final String template;

    PreferencesRefusal(String code, String template) {
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
