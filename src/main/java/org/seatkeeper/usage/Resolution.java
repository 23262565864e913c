package org.seatkeeper.usage;

import java.time.Duration;

/** The step of a usage series: one point per minute, or per hour. */
public enum Resolution {
    MINUTE(Duration.ofMinutes(1)),
    HOUR(Duration.ofHours(1));

    private final Duration step;

    Resolution(Duration step) {
        this.step = step;
    }

    public Duration step() {
        return step;
    }

    /** Minutes in one step: 1 or 60. */
    public int minutes() {
        return (int) step.toMinutes();
    }
}
