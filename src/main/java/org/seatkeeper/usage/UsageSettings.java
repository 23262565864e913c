package org.seatkeeper.usage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long usage history is kept, and how often its jobs run.
 *
 * @param minuteRetention minutes older than this are rolled up into hours and deleted (35 days)
 * @param hourRetention   hours, and pots' days, older than this are deleted (two years)
 * @param rollUpEvery     how often a node tries the roll-up and purge; only one node runs it at a time
 * @param potsEvery       how often each named pot's consumption and capacity are noted for the day
 */
@ConfigurationProperties("seatkeeper.usage")
public record UsageSettings(@DefaultValue("35d") Duration minuteRetention, @DefaultValue("730d") Duration hourRetention,
                            @DefaultValue("1h") Duration rollUpEvery, @DefaultValue("1h") Duration potsEvery) {

    public UsageSettings {
        if (minuteRetention.compareTo(Duration.ofHours(2)) < 0) {
            throw new IllegalArgumentException("seatkeeper.usage.minute-retention must be at least 2h, not " + minuteRetention);
        }
        if (hourRetention.compareTo(minuteRetention) < 0) {
            throw new IllegalArgumentException("seatkeeper.usage.hour-retention (" + hourRetention
                    + ") must not be shorter than seatkeeper.usage.minute-retention (" + minuteRetention + ")");
        }
    }
}
