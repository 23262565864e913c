package org.seatkeeper.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.usage.UsagePoint;

/**
 * When an alert's condition holds and when it has ended, as pure functions of a pool's recent minutes
 * (filled by the usage history's carry-forward rule, oldest first, the last one the minute in progress).
 * Only whole minutes decide high use; the minute in progress counts for refusals, so they are told at once.
 */
final class AlertConditions {

    private AlertConditions() {}

    /** The condition seen, with the minute it began and the figures to show. */
    record Seen(Instant since, int inUse, int capacity) {}

    /** A minute's peak reached {@code percent} of a capacity above zero. */
    static boolean atOrAbove(UsagePoint minute, int percent) {
        return minute.capacity() > 0 && minute.peakInUse() * 100L >= (long) percent * minute.capacity();
    }

    /** The last {@code minutes} whole minutes were all at or above {@code percent} of the capacity. */
    static Optional<Seen> highUse(List<UsagePoint> recent, int percent, int minutes) {
        List<UsagePoint> whole = whole(recent);
        if (whole.size() < minutes) {
            return Optional.empty();
        }
        List<UsagePoint> window = whole.subList(whole.size() - minutes, whole.size());
        if (!window.stream().allMatch(minute -> atOrAbove(minute, percent))) {
            return Optional.empty();
        }
        UsagePoint latest = recent.getLast();
        return Optional.of(new Seen(window.getFirst().start(), latest.peakInUse(), latest.capacity()));
    }

    /** High use has ended once a whole minute stayed below the share (or the pool has no capacity). */
    static boolean highUseEnded(List<UsagePoint> recent, int percent) {
        List<UsagePoint> whole = whole(recent);
        return !whole.isEmpty() && !atOrAbove(whole.getLast(), percent);
    }

    /** A sign-in was refused in the last whole minute or the one in progress. */
    static Optional<Seen> refusal(List<UsagePoint> recent) {
        List<UsagePoint> lastTwo = recent.subList(Math.max(0, recent.size() - 2), recent.size());
        return lastTwo.stream()
                .filter(minute -> minute.denials() > 0)
                .findFirst()
                .map(first -> new Seen(
                        first.start(),
                        recent.getLast().peakInUse(),
                        recent.getLast().capacity()));
    }

    /**
     * Refusals have ended once a whole minute passed with a seat free throughout and no refusal, and none
     * came since.
     */
    static boolean refusalEnded(List<UsagePoint> recent) {
        List<UsagePoint> whole = whole(recent);
        if (whole.isEmpty()) {
            return false;
        }
        UsagePoint last = whole.getLast();
        return last.denials() == 0
                && recent.getLast().denials() == 0
                && (last.peakInUse() < last.capacity() || last.capacity() == 0);
    }

    /** The minutes that are over: all but the last, which is in progress. */
    private static List<UsagePoint> whole(List<UsagePoint> recent) {
        return recent.isEmpty() ? List.of() : recent.subList(0, recent.size() - 1);
    }
}
