package org.seatkeeper.usage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The periods the Usage view offers, each ending now. Today starts at midnight in the server's time
 * zone; the others are whole days back from now. Charts show today by the minute and longer periods by
 * the hour.
 */
public enum UsagePeriod {
    TODAY("Today", Resolution.MINUTE),
    WEEK("7 days", Resolution.HOUR),
    MONTH("30 days", Resolution.HOUR),
    YEAR("12 months", Resolution.HOUR);

    private final String label;
    private final Resolution chartResolution;

    UsagePeriod(String label, Resolution chartResolution) {
        this.label = label;
        this.chartResolution = chartResolution;
    }

    public String label() {
        return label;
    }

    /** The bundle key of its name ("7 days", "7 dagar"). */
    public String labelKey() {
        return switch (this) {
            case TODAY -> "usage.period.today";
            case WEEK -> "usage.period.week";
            case MONTH -> "usage.period.month";
            case YEAR -> "usage.period.year";
        };
    }

    /** The step the period's chart is drawn with. */
    public Resolution chartResolution() {
        return chartResolution;
    }

    /** Where the period starts, for a period ending at {@code now}. */
    public Instant start(Instant now, ZoneId zone) {
        return switch (this) {
            case TODAY -> LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
            case WEEK -> now.minus(Duration.ofDays(7));
            case MONTH -> now.minus(Duration.ofDays(30));
            case YEAR -> now.minus(Duration.ofDays(365));
        };
    }
}
