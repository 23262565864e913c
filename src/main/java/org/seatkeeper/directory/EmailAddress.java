package org.seatkeeper.directory;

import java.util.Optional;
import java.util.regex.Pattern;
import org.seatkeeper.shared.RefusedException;

/**
 * An e-mail address as the directory keeps it: trimmed, at most 254 characters (the longest a mail
 * server accepts), one @ with something before it and a dotted domain after it, no spaces. The one
 * e-mail rule of the service and the forms.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** @throws RefusedException {@link DirectoryRefusal#EMAIL_INVALID} naming what was given */
    public EmailAddress {
        if (!valid(value)) {
            throw new RefusedException(DirectoryRefusal.EMAIL_INVALID, value);
        }
    }

    /** The address typed, trimmed; empty when nothing was typed (blank). */
    public static Optional<EmailAddress> typed(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new EmailAddress(typed.trim()));
    }

    /** Whether this (already trimmed) text is an address the directory accepts. */
    public static boolean valid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && SHAPE.matcher(address).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
