package org.seatkeeper.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The carry-forward rule, as a pure function (docs/decisions/0015-usage-history.md): only minutes and
 * hours in which something happened have a row; a step without one held the figures the step before
 * ended with. Before the first row of the range that is the closing figure of the last row before the
 * range, or, when no earlier row is kept, the figure the first row opened with, or, when there is no
 * row at all, the pool as it is now: nothing changed since.
 */
final class UsageSeries {

    private UsageSeries() {}

    /** A pool's in-use figure and capacity at some moment. */
    record State(int inUse, int capacity) {}

    /** One stored row, a minute or an hour. */
    record Recorded(
            Instant start,
            int peakInUse,
            double averageInUse,
            int minutesAtCapacity,
            int denials,
            int openingInUse,
            int closingInUse,
            int capacity) {

        State opening() {
            return new State(openingInUse, capacity);
        }

        State closing() {
            return new State(closingInUse, capacity);
        }

        UsagePoint point() {
            return new UsagePoint(start, peakInUse, averageInUse, capacity, minutesAtCapacity, denials);
        }
    }

    /**
     * Every step from {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param rows   the rows within the range, oldest first, each starting on a step
     * @param before the closing state of the last row before the range, or null when none is kept
     * @param after  the opening state of the first row after the range, or the state now when there is none
     */
    static List<UsagePoint> fill(
            Instant from, Instant to, Duration step, List<Recorded> rows, State before, State after) {
        int minutes = (int) step.toMinutes();
        State carried = before != null
                ? before
                : rows.isEmpty() ? after : rows.getFirst().opening();
        List<UsagePoint> points = new ArrayList<>();
        Iterator<Recorded> next = rows.iterator();
        Recorded row = next.hasNext() ? next.next() : null;
        for (Instant at = from; at.isBefore(to); at = at.plus(step)) {
            if (row != null && row.start().equals(at)) {
                points.add(row.point());
                carried = row.closing();
                row = next.hasNext() ? next.next() : null;
            } else {
                points.add(new UsagePoint(
                        at,
                        carried.inUse(),
                        carried.inUse(),
                        carried.capacity(),
                        UsagePoint.atCapacity(carried.inUse(), carried.capacity()) ? minutes : 0,
                        0));
            }
        }
        return points;
    }

    /**
     * The stored minute rows, oldest first, with the minute a pool's row still holds (changeset 022, not yet
     * written to usage_minute) in its place. Found in both (a row an older trigger or a backfill wrote for the
     * same minute), the two are merged as the minute's write-out merges them (procedure usage_write_out).
     */
    static List<Recorded> withRunning(List<Recorded> stored, Optional<Recorded> running) {
        if (running.isEmpty()) {
            return stored;
        }
        Recorded held = running.get();
        List<Recorded> rows = new ArrayList<>(stored.size() + 1);
        boolean placed = false;
        for (Recorded row : stored) {
            if (!placed && row.start().equals(held.start())) {
                rows.add(merged(row, held));
                placed = true;
            } else {
                if (!placed && row.start().isAfter(held.start())) {
                    rows.add(held);
                    placed = true;
                }
                rows.add(row);
            }
        }
        if (!placed) {
            rows.add(held);
        }
        return rows;
    }

    /** The later of a stored minute and the held one, or the two merged when they are the same minute. */
    static Optional<Recorded> later(Optional<Recorded> stored, Optional<Recorded> running) {
        return pick(stored, running, 1);
    }

    /** The earlier of a stored minute and the held one, or the two merged when they are the same minute. */
    static Optional<Recorded> earlier(Optional<Recorded> stored, Optional<Recorded> running) {
        return pick(stored, running, -1);
    }

    private static Optional<Recorded> pick(Optional<Recorded> stored, Optional<Recorded> running, int sign) {
        if (stored.isEmpty() || running.isEmpty()) {
            return stored.isPresent() ? stored : running;
        }
        int order = running.get().start().compareTo(stored.get().start());
        return Optional.of(
                order == 0 ? merged(stored.get(), running.get()) : order * sign > 0 ? running.get() : stored.get());
    }

    /**
     * One minute stored and held at once: the higher peak, the refusals of both, the opening of the stored
     * row (written first), the closing figure and capacity of the held one (the pool now).
     */
    static Recorded merged(Recorded stored, Recorded running) {
        int peak = Math.max(stored.peakInUse(), running.peakInUse());
        return new Recorded(
                stored.start(),
                peak,
                peak,
                UsagePoint.atCapacity(peak, running.capacity()) ? 1 : 0,
                stored.denials() + running.denials(),
                stored.openingInUse(),
                running.closingInUse(),
                running.capacity());
    }

    /** Minutes summed up per hour: the highest peak, the average of the peaks, the sums, the last capacity. */
    static List<UsagePoint> hours(List<UsagePoint> minutes) {
        List<UsagePoint> hours = new ArrayList<>();
        List<UsagePoint> hour = new ArrayList<>();
        for (UsagePoint minute : minutes) {
            if (!hour.isEmpty()
                    && !hourOf(minute.start()).equals(hourOf(hour.getFirst().start()))) {
                hours.add(hour(hour));
                hour.clear();
            }
            hour.add(minute);
        }
        if (!hour.isEmpty()) {
            hours.add(hour(hour));
        }
        return hours;
    }

    private static UsagePoint hour(List<UsagePoint> minutes) {
        return new UsagePoint(
                hourOf(minutes.getFirst().start()),
                minutes.stream().mapToInt(UsagePoint::peakInUse).max().orElse(0),
                round(minutes.stream().mapToInt(UsagePoint::peakInUse).average().orElse(0)),
                minutes.getLast().capacity(),
                minutes.stream().mapToInt(UsagePoint::minutesAtCapacity).sum(),
                minutes.stream().mapToInt(UsagePoint::denials).sum());
    }

    static Instant hourOf(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }

    /** Three decimals, as usage_hour keeps the average. */
    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
