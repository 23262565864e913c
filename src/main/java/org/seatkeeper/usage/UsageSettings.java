package org.seatkeeper.usage;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long usage history is kept, how often its jobs run, and what counts as working hours.
 *
 * @param minuteRetention  minutes older than this are rolled up into hours and deleted (35 days)
 * @param hourRetention    hours, and pots' days, older than this are deleted (two years)
 * @param rollUpEvery      how often a node tries the roll-up and purge; only one node runs it at a time
 * @param potsEvery        how often each named pot's consumption and capacity are noted for the day
 * @param workingDays      the days whose working hours the Usage view averages (Monday to Friday)
 * @param workingHoursFrom the first working hour of such a day, 0 to 23, in the server's time zone (8)
 * @param workingHoursTo   the hour working hours end, 1 to 24, in the server's time zone (17: until 17:00)
 */
@ConfigurationProperties("seatkeeper.usage")
public record UsageSettings(
        @DefaultValue("35d") Duration minuteRetention,
        @DefaultValue("730d") Duration hourRetention,
        @DefaultValue(UsageSettings.ROLL_UP_EVERY) Duration rollUpEvery,
        @DefaultValue(UsageSettings.POTS_EVERY) Duration potsEvery,

        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
        Set<DayOfWeek> workingDays,

        @DefaultValue("8") int workingHoursFrom,
        @DefaultValue("17") int workingHoursTo) {

    /** Defaults as text, for the {@code @Scheduled} annotations. */
    static final String ROLL_UP_EVERY = "1h";

    static final String POTS_EVERY = "1h";

    public UsageSettings {
        if (minuteRetention.compareTo(Duration.ofHours(2)) < 0) {
            throw new IllegalArgumentException(
                    "seatkeeper.usage.minute-retention must be at least 2h, not " + minuteRetention);
        }
        if (hourRetention.compareTo(minuteRetention) < 0) {
            throw new IllegalArgumentException("seatkeeper.usage.hour-retention (" + hourRetention
                    + ") must not be shorter than seatkeeper.usage.minute-retention (" + minuteRetention + ")");
        }
        if (workingHoursFrom < 0 || workingHoursTo > 24 || workingHoursFrom >= workingHoursTo) {
            throw new IllegalArgumentException("seatkeeper.usage.working-hours-from (" + workingHoursFrom
                    + ") must be before seatkeeper.usage.working-hours-to (" + workingHoursTo
                    + "), both within 0 to 24");
        }
        workingDays = Set.copyOf(workingDays);
    }

    /** Whether an hour starting at this local day and hour is a working hour. */
    boolean isWorkingHour(DayOfWeek day, int hour) {
        return workingDays.contains(day) && hour >= workingHoursFrom && hour < workingHoursTo;
    }
}
