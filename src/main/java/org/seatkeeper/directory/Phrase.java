package org.seatkeeper.directory;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Words a service has for a person, as a bundle key and its arguments, so that the view says them in
 * the reader's language (docs/decisions/0025-languages-and-time-zones.md). An argument may itself be a
 * phrase (a pot's name inside a warning): it is said first, in the same language.
 */
public record Phrase(String key, List<Object> arguments) {

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, Collections.unmodifiableList(Arrays.asList(arguments.clone())));
    }

    /** Says the phrase with a translation function, such as a component's {@code getTranslation}. */
    public String in(Translation translation) {
        Object[] said = arguments.stream()
                .map(a -> a instanceof Phrase inner ? inner.in(translation) : a)
                .toArray();
        return translation.translate(key, said);
    }

    /** A key and its arguments to words, as Vaadin's {@code getTranslation(key, params...)}. */
    @FunctionalInterface
    public interface Translation {
        String translate(String key, Object... arguments);
    }
}
