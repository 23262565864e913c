package org.seatkeeper.audit;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The exact text that is signed for a log row, and for its link in the chain. Each field is written
 * with its length, so no choice of values can make two different rows read the same; a missing value
 * is written differently from an empty one.
 */
final class LogSeal {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private final StringBuilder text = new StringBuilder();

    private LogSeal(String kind) {
        add(kind);
    }

    static LogSeal of(String kind) {
        return new LogSeal(kind);
    }

    LogSeal add(String value) {
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
        return this;
    }

    /** The UTC wall-clock time as the TIMESTAMP(3) column holds it: to the millisecond. */
    LogSeal add(LocalDateTime utc) {
        return add(utc == null ? null : TIME.format(utc));
    }

    LogSeal add(boolean value) {
        return add(value ? "1" : "0");
    }

    LogSeal add(long value) {
        return add(Long.toString(value));
    }

    String text() {
        return text.toString();
    }

    /** A row's link: its place, the link before it, its id and its own signature (or its absence). */
    static String link(long seq, String previousHash, long id, String rowMac) {
        return of("link").add(seq).add(previousHash).add(id).add(rowMac).text();
    }
}
