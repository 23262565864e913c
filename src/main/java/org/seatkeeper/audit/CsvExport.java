package org.seatkeeper.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;

/** Writes CSV rows as they arrive; Commons CSV does the quoting. */
final class CsvExport implements AutoCloseable {

    private final CSVPrinter printer;

    CsvExport(Writer out, String... header) {
        try {
            this.printer = CSVFormat.DEFAULT.builder().setHeader(header).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header's words in a language, from their bundle keys. */
    static String[] header(Texts texts, Language language, List<String> keys) {
        return keys.stream().map(key -> texts.text(language, key)).toArray(String[]::new);
    }

    /** A time as ISO 8601 with its offset (UTC, "Z"), the same in every language: "2026-11-30T14:05:09.120Z". */
    static String time(Instant at) {
        return at == null ? null : at.toString();
    }

    void row(Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
