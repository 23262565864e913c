package org.seatkeeper.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks. Each is named in itself ("Svenska", not "Swedish"), as a person
 * looking for their own language expects to find it whatever the page is in now.
 */
public enum Language {
    ENGLISH(Locale.ENGLISH, Locale.UK, "English"),
    SWEDISH(Locale.forLanguageTag("sv"), Locale.forLanguageTag("sv-SE"), "Svenska");

    private final Locale locale;
    private final Locale usualFormats;
    private final String ownName;

    Language(Locale locale, Locale usualFormats, String ownName) {
        this.locale = locale;
        this.usualFormats = usualFormats;
        this.ownName = ownName;
    }

    /**
     * The locale for words, dates and numbers: the browser's own where it speaks this language (so
     * en-US keeps its dates and en-GB its own), else the language's usual one (en-GB, sv-SE).
     */
    public Locale formatsFor(Locale browser) {
        return browser != null
                        && browser.getLanguage().equals(tag())
                        && !browser.getCountry().isEmpty()
                ? browser
                : usualFormats;
    }

    public Locale locale() {
        return locale;
    }

    public String ownName() {
        return ownName;
    }

    /** The language tag kept in the database and in the language cookie ("en", "sv"). */
    public String tag() {
        return locale.getLanguage();
    }

    /** The language of a locale, or English for any language the portal does not speak. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : ofTag(locale.getLanguage()).orElse(ENGLISH);
    }

    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values())
                .filter(language -> language.tag().equalsIgnoreCase(tag))
                .findFirst();
    }
}
