package org.seatkeeper.directory;

/** The purchased concurrent pools of seed 004. */
public enum ConcurrentPool {
    FULL_ACCESS("Full-access"), VIEW_ONLY("View-only"), RESERVED("Reserved");

    private final String label;

    ConcurrentPool(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
