package org.seatkeeper.usage;

import java.time.LocalDate;
import java.util.List;

/**
 * One named pot over a period: its highest consumption, its capacity at the end, the days it was full,
 * and the days themselves (for the chart).
 */
public record PotSummary(
        long potId,
        String name,
        LocalDate from,
        LocalDate to,
        int highestConsumption,
        int capacity,
        long daysAtCapacity,
        List<PotDay> days) {

    /** A pot's recorded days, oldest first. */
    static PotSummary of(LocalDate from, LocalDate to, List<PotDay> days) {
        PotDay last = days.getLast();
        return new PotSummary(
                last.potId(),
                last.name(),
                from,
                to,
                days.stream().mapToInt(PotDay::consumption).max().orElse(0),
                last.capacity(),
                days.stream()
                        .filter(d -> d.capacity() > 0 && d.consumption() >= d.capacity())
                        .count(),
                List.copyOf(days));
    }
}
