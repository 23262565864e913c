package org.seatkeeper.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.PoolNames;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;

/**
 * The usage history as CSV, one writer for the API and the Usage view: a pool's series, the pools'
 * figures for a period, the named pots' figures. Headers and names are in the reader's language (the
 * API's in English); times are ISO 8601 in UTC with their offset, figures plain, in any language, so
 * a spreadsheet reads them the same everywhere. Commons CSV does the quoting.
 */
public final class UsageCsv {

    private static final Texts TEXTS = new Texts();

    private UsageCsv() {}

    /** One line per minute or hour, in English (the API). */
    public static void series(ConcurrentPool pool, List<UsagePoint> points, Writer out) {
        series(pool, points, out, Language.ENGLISH);
    }

    /** One line per minute or hour, headed in a language. */
    public static void series(ConcurrentPool pool, List<UsagePoint> points, Writer out, Language language) {
        write(
                out,
                csv -> {
                    for (UsagePoint point : points) {
                        csv.printRecord(
                                point.start(),
                                name(pool, language),
                                point.peakInUse(),
                                point.averageInUse(),
                                point.capacity(),
                                point.minutesAtCapacity(),
                                point.denials());
                    }
                },
                headers(
                        language,
                        "usage.csv.start-utc",
                        "usage.csv.pool",
                        "usage.csv.peak",
                        "usage.csv.average",
                        "usage.csv.capacity",
                        "usage.csv.minutes-at-capacity",
                        "usage.csv.refusals"));
    }

    /** One line per pool: the figures of the Usage view's table. */
    public static void pools(List<PoolSummary> pools, Writer out, Language language) {
        Locale locale = language.locale();
        write(
                out,
                csv -> {
                    for (PoolSummary pool : pools) {
                        csv.printRecord(
                                name(pool.pool(), language),
                                TEXTS.text(language, pool.period().labelKey()),
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
                                                .map(hour -> hour.label(locale))
                                                .toList()));
                    }
                },
                headers(
                        language,
                        "usage.csv.pool",
                        "usage.csv.period",
                        "usage.csv.from-utc",
                        "usage.csv.to-utc",
                        "usage.csv.peak",
                        "usage.csv.capacity",
                        "usage.csv.average-working-hours",
                        "usage.csv.minutes-at-capacity",
                        "usage.csv.share-at-capacity",
                        "usage.csv.refusals",
                        "usage.csv.people-refused",
                        "usage.csv.busiest-hours"));
    }

    /** One line per named pot: its figures over the period. */
    public static void pots(List<PotSummary> pots, Writer out, Language language) {
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
                headers(
                        language,
                        "usage.csv.pot",
                        "usage.csv.from",
                        "usage.csv.to",
                        "usage.csv.highest-consumption",
                        "usage.csv.capacity",
                        "usage.csv.days-at-capacity",
                        "usage.csv.days-recorded"));
    }

    private static String name(ConcurrentPool pool, Language language) {
        return TEXTS.text(language, PoolNames.key(pool));
    }

    private static String[] headers(Language language, String... keys) {
        String[] headers = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            headers[i] = TEXTS.text(language, keys[i]);
        }
        return headers;
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
