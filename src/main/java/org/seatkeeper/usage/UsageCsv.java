package org.seatkeeper.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seatkeeper.directory.ConcurrentPool;

/**
 * The usage history as CSV, one writer for the API and the Usage view: a pool's series, the pools'
 * figures for a period, the named pots' figures. Times are UTC; Commons CSV does the quoting.
 */
public final class UsageCsv {

    private UsageCsv() {}

    /** One line per minute or hour. */
    public static void series(ConcurrentPool pool, List<UsagePoint> points, Writer out) {
        write(
                out,
                csv -> {
                    for (UsagePoint point : points) {
                        csv.printRecord(
                                point.start(),
                                pool.label(),
                                point.peakInUse(),
                                point.averageInUse(),
                                point.capacity(),
                                point.minutesAtCapacity(),
                                point.denials());
                    }
                },
                "Start (UTC)",
                "Pool",
                "Peak in use",
                "Average in use",
                "Capacity",
                "Minutes at capacity",
                "Refused sign-ins");
    }

    /** One line per pool: the figures of the Usage view's table. */
    public static void pools(List<PoolSummary> pools, Writer out) {
        write(
                out,
                csv -> {
                    for (PoolSummary pool : pools) {
                        csv.printRecord(
                                pool.pool().label(),
                                pool.period().label(),
                                pool.from(),
                                pool.to(),
                                pool.peakInUse(),
                                pool.capacity(),
                                pool.averageAtWorkingHours(),
                                pool.minutesAtCapacity(),
                                Math.round(pool.shareAtCapacity() * 1000) / 10.0,
                                pool.refusals(),
                                pool.usersRefused(),
                                String.join(
                                        "; ",
                                        pool.busiestHours().stream()
                                                .map(PoolSummary.BusyHour::label)
                                                .toList()));
                    }
                },
                "Pool",
                "Period",
                "From (UTC)",
                "To (UTC)",
                "Peak in use",
                "Capacity",
                "Average in use at working hours",
                "Minutes at capacity",
                "Share at capacity (%)",
                "Refused sign-ins",
                "People refused",
                "Busiest hours");
    }

    /** One line per named pot: its figures over the period. */
    public static void pots(List<PotSummary> pots, Writer out) {
        write(
                out,
                csv -> {
                    for (PotSummary pot : pots) {
                        csv.printRecord(
                                pot.name(),
                                pot.from(),
                                pot.to(),
                                pot.highestConsumption(),
                                pot.capacity(),
                                pot.daysAtCapacity(),
                                pot.days().size());
                    }
                },
                "Pot",
                "From",
                "To",
                "Highest consumption",
                "Capacity",
                "Days at capacity",
                "Days recorded");
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void write(Writer out, Rows rows, String... header) {
        try {
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header).get().print(out);
            rows.print(csv);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
