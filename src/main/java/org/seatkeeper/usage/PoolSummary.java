package org.seatkeeper.usage;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seatkeeper.directory.ConcurrentPool;

/**
 * One pool's figures over a period, the Usage view's table: the highest use, the average at working
 * hours, the time at capacity, the refusals and the people refused, the busiest hours of the week.
 *
 * @param from                  the first instant the figures cover (the period's start, rounded down to the hour)
 * @param to                    the instant they end (now)
 * @param capacity              the capacity at the end of the period
 * @param averageAtWorkingHours the average in use over the working hours of the period, null when it has none
 * @param minutes               the minutes the period covers so far
 * @param usersRefused          how many different people were refused a seat on this pool (access log)
 */
public record PoolSummary(
        ConcurrentPool pool,
        UsagePeriod period,
        Instant from,
        Instant to,
        int peakInUse,
        int capacity,
        Double averageAtWorkingHours,
        long minutesAtCapacity,
        long minutes,
        long refusals,
        long usersRefused,
        List<BusyHour> busiestHours) {

    /** How many of the busiest hours of the week are listed. */
    static final int BUSIEST = 3;

    /** The share of the minutes at capacity, 0 to 1. */
    public double shareAtCapacity() {
        return minutes == 0 ? 0 : (double) minutesAtCapacity / minutes;
    }

    /** An hour of the week (in the server's time zone) and its average use over the period. */
    public record BusyHour(DayOfWeek day, int hour, double averageInUse) {

        /** "Tue 10:00–11:00". */
        public String label() {
            return label(Locale.ENGLISH);
        }

        /** "Tue 10:00–11:00", "tis 10:00–11:00": the day's short name in a locale. */
        public String label(Locale locale) {
            return day.getDisplayName(TextStyle.SHORT, locale) + " " + "%02d:00–%02d:00".formatted(hour, hour + 1);
        }
    }

    /**
     * The figures of a pool's hours, a pure function.
     *
     * @param hours the period's hours, oldest first, as {@link UsageHistory} gives them by the hour
     * @param now   the end of the period: the last hour counts only its minutes until then
     */
    static PoolSummary of(
            ConcurrentPool pool,
            UsagePeriod period,
            List<UsagePoint> hours,
            Instant now,
            long usersRefused,
            UsageSettings settings,
            ZoneId zone) {
        if (hours.isEmpty()) {
            return new PoolSummary(pool, period, now, now, 0, 0, null, 0, 0, 0, usersRefused, List.of());
        }
        Instant from = hours.getFirst().start();
        Instant end = hours.getLast().start().plus(Resolution.HOUR.step());
        Instant to = end.isAfter(now) ? now : end;
        double working = 0;
        int workingHours = 0;
        Map<Integer, double[]> byHourOfWeek = new HashMap<>(); // day * 24 + hour -> sum, count
        for (UsagePoint hour : hours) {
            ZonedDateTime local = hour.start().atZone(zone);
            if (settings.isWorkingHour(local.getDayOfWeek(), local.getHour())) {
                working += hour.averageInUse();
                workingHours++;
            }
            double[] sum = byHourOfWeek.computeIfAbsent(
                    (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour(), key -> new double[2]);
            sum[0] += hour.averageInUse();
            sum[1]++;
        }
        List<BusyHour> busiest = byHourOfWeek.entrySet().stream()
                .map(e -> new BusyHour(
                        DayOfWeek.of(e.getKey() / 24 + 1),
                        e.getKey() % 24,
                        UsageSeries.round(e.getValue()[0] / e.getValue()[1])))
                .filter(h -> h.averageInUse() > 0)
                .sorted(Comparator.comparingDouble(BusyHour::averageInUse)
                        .reversed()
                        .thenComparing(BusyHour::day)
                        .thenComparingInt(BusyHour::hour))
                .limit(BUSIEST)
                .toList();
        return new PoolSummary(
                pool,
                period,
                from,
                to,
                hours.stream().mapToInt(UsagePoint::peakInUse).max().orElse(0),
                hours.getLast().capacity(),
                workingHours == 0 ? null : UsageSeries.round(working / workingHours),
                hours.stream().mapToLong(UsagePoint::minutesAtCapacity).sum(),
                Duration.between(from, to).toMinutes(),
                hours.stream().mapToLong(UsagePoint::denials).sum(),
                usersRefused,
                busiest);
    }
}
