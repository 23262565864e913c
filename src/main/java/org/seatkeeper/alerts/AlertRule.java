package org.seatkeeper.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seatkeeper.directory.ConcurrentPool;

/**
 * The alert rules of one concurrent pool.
 *
 * @param highUse        whether "at or above {@code percent} of capacity for {@code minutes} minutes" raises an alert
 * @param percent        the share of the capacity, 1 to 100
 * @param minutes        for how many whole minutes in a row, 1 to 1440
 * @param refusal        whether any sign-in refused for want of a seat raises an alert
 * @param version        the stored version this was read at, to refuse overwriting someone else's change
 */
public record AlertRule(
        ConcurrentPool pool, boolean highUse, Integer percent, Integer minutes, boolean refusal, long version) {

    public static final int MAX_MINUTES = 1440;

    /** The fields a problem may be about. */
    public enum Field {
        PERCENT,
        MINUTES
    }

    /** What is wrong with this rule, in plain words, by field; empty when it may be saved. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        if (percent == null || percent < 1 || percent > 100) {
            problems.put(
                    Field.PERCENT,
                    pool.label() + ": enter a share of the capacity from 1 to 100 %"
                            + (percent == null ? "." : ", not " + percent + " %."));
        }
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            problems.put(
                    Field.MINUTES,
                    pool.label() + ": enter 1 to " + MAX_MINUTES + " minutes (a day)"
                            + (minutes == null ? "." : ", not " + minutes + "."));
        }
        return problems;
    }

    /** The rule as the administration log shows it. */
    String describe() {
        return "high use alert: " + (highUse ? "on" : "off") + "\nshare of capacity: " + percent + " %" + "\nfor: "
                + minutes + " min\nrefusal alert: " + (refusal ? "on" : "off");
    }
}
