package org.seatkeeper.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
