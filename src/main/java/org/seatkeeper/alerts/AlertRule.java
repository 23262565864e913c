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

    /** What is wrong with this rule, in plain English, by field; empty when it may be saved. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        refusals().forEach((field, refused) -> problems.put(field, refused.getMessage()));
        return problems;
    }

    /** What is wrong with this rule as refusals with their figures, by field. */
    public Map<Field, AlertRuleRefusedException> refusals() {
        Map<Field, AlertRuleRefusedException> problems = new LinkedHashMap<>();
        if (percent == null) {
            problems.put(
                    Field.PERCENT,
                    new AlertRuleRefusedException(pool, Field.PERCENT, AlertRefusal.PERCENT_MISSING, pool.label()));
        } else if (percent < 1 || percent > 100) {
            problems.put(
                    Field.PERCENT,
                    new AlertRuleRefusedException(
                            pool, Field.PERCENT, AlertRefusal.PERCENT_OUT_OF_RANGE, pool.label(), percent));
        }
        if (minutes == null) {
            problems.put(
                    Field.MINUTES,
                    new AlertRuleRefusedException(
                            pool, Field.MINUTES, AlertRefusal.MINUTES_MISSING, pool.label(), MAX_MINUTES));
        } else if (minutes < 1 || minutes > MAX_MINUTES) {
            problems.put(
                    Field.MINUTES,
                    new AlertRuleRefusedException(
                            pool,
                            Field.MINUTES,
                            AlertRefusal.MINUTES_OUT_OF_RANGE,
                            pool.label(),
                            MAX_MINUTES,
                            minutes));
        }
        return problems;
    }

    /** The rule as the administration log shows it. */
    String describe() {
        return "high use alert: " + (highUse ? "on" : "off") + "\nshare of capacity: " + percent + " %" + "\nfor: "
                + minutes + " min\nrefusal alert: " + (refusal ? "on" : "off");
    }
}
