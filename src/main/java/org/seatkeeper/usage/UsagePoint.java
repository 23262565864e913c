package org.seatkeeper.usage;

import java.time.Instant;

/**
 * One minute or one hour of a pool's history.
 *
 * @param start             the first instant of the minute or hour (UTC)
 * @param peakInUse         the most seats held at once at any moment of it
 * @param averageInUse      the average of its minutes' peaks (the peak itself for a minute)
 * @param capacity          the seats purchased at its end
 * @param minutesAtCapacity how many of its minutes reached the capacity (0 or 1 for a minute)
 * @param denials           sign-ins refused in it for want of a seat on this pool
 */
public record UsagePoint(
        Instant start, int peakInUse, double averageInUse, int capacity, int minutesAtCapacity, int denials) {

    /** A minute or hour whose peak reached a capacity above zero. */
    static boolean atCapacity(int inUse, int capacity) {
        return capacity > 0 && inUse >= capacity;
    }
}
