package org.seatkeeper.directory;

import org.seatkeeper.shared.RefusedException;

/**
 * A person's first and last name as the directory keeps them: trimmed, each at most 100 characters
 * (the columns' size), the same bound as every other name typed into the directory ({@link #MAX_LENGTH}).
 */
public record PersonName(String first, String last) {

    /** The most characters of any name typed into the directory: a person's, a profile's, a module's. */
    public static final int MAX_LENGTH = 100;

    /** @throws RefusedException {@link DirectoryRefusal#NAME_TOO_LONG} when either part is too long */
    public PersonName {
        if (!fits(first) || !fits(last)) {
            throw new RefusedException(DirectoryRefusal.NAME_TOO_LONG, MAX_LENGTH);
        }
    }

    /** Whether this name, trimmed, is within {@link #MAX_LENGTH}; no name (null) fits. */
    public static boolean fits(String name) {
        return name == null || name.trim().length() <= MAX_LENGTH;
    }

    public String full() {
        return first + " " + last;
    }
}
