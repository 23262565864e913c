package org.seatkeeper.directory;

/**
 * Seed 004: Full-access capacity should be at least the number of reserved users + 1, so that a
 * full-access seat remains when every reserved user is signed in.
 */
public record ReservedCoverageWarning(int fullAccessCapacity, int reservedUsers) {

    public String message() {
        return "Full-access capacity (" + fullAccessCapacity + ") is below reserved users (" + reservedUsers + ") + 1";
    }
}
