package org.seatkeeper.shared;

import java.util.List;

/**
 * A name that has its own words in each language, such as a pool's or a pot's name, given as an
 * argument of a refusal: {@link Texts} puts in the words of its key (with its own arguments) in the
 * reader's language, while the English sentence, the logs and anything else that reads the argument as
 * text get its English name.
 */
public record Term(String key, List<Object> arguments, String english) {

    public Term {
        arguments = List.copyOf(arguments);
    }

    /** A term whose words need no arguments. */
    public Term(String key, String english) {
        this(key, List.of(), english);
    }

    @Override
    public String toString() {
        return english;
    }
}
