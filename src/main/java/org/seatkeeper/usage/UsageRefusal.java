package org.seatkeeper.usage;

import org.seatkeeper.shared.RefusalCode;

/**
 * Every refusal of the usage history, with its stable code and today's English sentence; the arguments
 * are the figures, in placeholder order (docs/decisions/0023-value-objects-and-refusal-codes.md).
 */
public enum UsageRefusal implements RefusalCode {
    PERIOD_REVERSED("usage.period.reversed", "The period must start before it ends."),
    /** Argument: the most days. */
    MINUTES_TOO_LONG("usage.series.minutes-too-long", "A series by the minute covers at most {0} days."),
    /** Argument: the most days. */
    HOURS_TOO_LONG("usage.series.hours-too-long", "A series by the hour covers at most {0} days."),
    /** Argument: the most seats. */
    SEATS_MISSING("usage.what-if.seats-missing", "Type the number of seats to try, a whole number from 0 to {0}."),
    /** Arguments: the most seats, the number typed. */
    SEATS_OUT_OF_RANGE(
            "usage.what-if.seats-out-of-range", "The number of seats to try must be from 0 to {0}, not {1}."),
    /** Argument: how many days minutes are kept. */
    MINUTES_NOT_KEPT(
            "usage.minutes-not-kept",
            "No series by the minute for this period: minutes are kept for {0} days. Choose a shorter period.");

    private final String code;
    private final String template;

    UsageRefusal(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }
}
