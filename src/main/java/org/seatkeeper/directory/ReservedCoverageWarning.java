package org.seatkeeper.directory;

import java.util.Optional;

/**
 * Seed 004: Full-access capacity should be at least the number of reserved users + 1, so that a
 * full-access seat remains when every reserved user is signed in. The one place the rule and its
 * wording live; the licence page, the live overview and the active sessions all show this.
 */
public record ReservedCoverageWarning(int fullAccessCapacity, int reservedUsers) {

    /** The warning while Full-access capacity is below reserved users + 1, else empty. */
    public static Optional<ReservedCoverageWarning> of(int fullAccessCapacity, int reservedUsers) {
        return fullAccessCapacity >= reservedUsers + 1
                ? Optional.empty()
                : Optional.of(new ReservedCoverageWarning(fullAccessCapacity, reservedUsers));
    }

    /** The English sentence, for logs and views not yet in the reader's language. */
    public String message() {
        return "Full-access capacity (" + fullAccessCapacity + ") should be at least the number of reserved users"
                + " plus one (" + (reservedUsers + 1) + "), so that normal users can still sign in.";
    }

    /** The sentence in the reader's language. */
    public Phrase phrase() {
        return Phrase.of("licences.reserved-coverage", fullAccessCapacity, reservedUsers + 1);
    }
}
