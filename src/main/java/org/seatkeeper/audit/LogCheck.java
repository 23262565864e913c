package org.seatkeeper.audit;

import java.time.Instant;

/**
 * What checking one log's signatures and chain found.
 *
 * @param log     the log, as people call it in English ("access log"), for the API
 * @param logName the log's stable name, {@code access} or {@code administration}, for a reader's sentence
 * @param checked how many entries were checked
 * @param entryId the first entry found altered, not written by Seatkeeper, or next to missing entries; null when intact
 * @param problem that finding in plain English words, for the API and the server's log; null when intact
 * @param finding that finding as a bundle key and its figures, for a reader; null when intact
 */
public record LogCheck(String log, String logName, long checked, Long entryId, String problem, Finding finding) {

    /**
     * A finding for a reader: {@code key}'s sentence takes the count as {0}, and the entry's id, time (in the
     * reader's zone and format) and who as {1}, {2} and {3}.
     */
    public record Finding(String key, long count, Long entryId, Instant at, String who) {}

    public boolean intact() {
        return problem == null;
    }

    /** One sentence in English, for the API. */
    public String summary() {
        String entries = checked == 1 ? "1 entry" : String.format("%,d entries", checked);
        return intact()
                ? "The " + log + " is intact: " + entries + " checked, none altered or missing."
                : "The " + log + " has been tampered with: " + problem;
    }
}
