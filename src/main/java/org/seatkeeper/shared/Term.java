package org.seatkeeper.shared;

/**
 * A name that has its own word in each language, such as a pool's name, given as an argument of a
 * refusal: {@link Texts} puts in the word of its key in the reader's language, while the English
 * sentence, the logs and anything else that reads the argument as text get its English name.
 */
public record Term(String key, String english) {

    @Override
    public String toString() {
        return english;
    }
}
