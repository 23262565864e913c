package org.seatkeeper.usage;

import java.util.List;
import java.util.Objects;

/**
 * What another capacity would have done to a pool over a recorded period: the refusals and the minutes
 * at capacity it estimates, by replaying the recorded demand minute by minute. A pure function of the
 * minutes, no database. The method and its limits are in docs/decisions/0015-usage-history.md; in
 * short, per minute:
 * <ul>
 * <li>refusals recorded that minute are still refused unless the new capacity leaves free seats at the
 * minute's peak, one per free seat;</li>
 * <li>people above the new capacity who held a seat are refused once, when their number rises, not
 * again for every minute they would have stayed;</li>
 * <li>the minute is at capacity when its demand (peak plus refusals) reaches the new capacity.</li>
 * </ul>
 * Replayed at the capacity the pool had, it gives back exactly the recorded refusals and minutes at
 * capacity.
 */
public final class WhatIf {

    private WhatIf() {}

    /**
     * The estimate beside what was recorded.
     *
     * @param minutes the minutes replayed
     */
    public record Estimate(
            int capacity,
            long refusals,
            long minutesAtCapacity,
            long minutes,
            long recordedRefusals,
            long recordedMinutesAtCapacity) {

        /** The share of the minutes at capacity, 0 to 1. */
        public double shareAtCapacity() {
            return minutes == 0 ? 0 : (double) minutesAtCapacity / minutes;
        }
    }

    /**
     * @param minutes  a pool's minutes, oldest first, every minute of the period (as {@link UsageHistory}
     *                 gives them at {@link Resolution#MINUTE})
     * @param capacity the capacity to try, zero or more
     */
    public static Estimate estimate(List<UsagePoint> minutes, int capacity) {
        Objects.requireNonNull(minutes, "minutes");
        if (capacity < 0) {
            throw new IllegalArgumentException("A capacity cannot be negative: " + capacity);
        }
        long refusals = 0;
        long atCapacity = 0;
        long recordedRefusals = 0;
        long recordedAtCapacity = 0;
        int heldAboveBefore = 0;
        for (UsagePoint minute : minutes) {
            int peak = minute.peakInUse();
            int refused = minute.denials();
            int spare = Math.max(0, capacity - peak);
            int heldAbove = Math.max(0, peak - capacity);
            refusals += Math.max(0, refused - spare) + Math.max(0, heldAbove - heldAboveBefore);
            heldAboveBefore = heldAbove;
            int demand = peak + refused;
            if (demand > 0 && demand >= capacity) {
                atCapacity++;
            }
            recordedRefusals += refused;
            recordedAtCapacity += minute.minutesAtCapacity();
        }
        return new Estimate(capacity, refusals, atCapacity, minutes.size(), recordedRefusals, recordedAtCapacity);
    }
}
