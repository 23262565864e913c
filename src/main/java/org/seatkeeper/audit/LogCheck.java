package org.seatkeeper.audit;

/**
 * What checking one log's signatures and chain found.
 *
 * @param log     the log, as people call it ("access log")
 * @param checked how many entries were checked
 * @param entryId the first entry found altered, not written by Seatkeeper, or next to missing entries; null when intact
 * @param problem that finding in plain words; null when intact
 */
public record LogCheck(String log, long checked, Long entryId, String problem) {

    public boolean intact() {
        return problem == null;
    }

    /** One sentence for the person who asked. */
    public String summary() {
        String entries = checked == 1 ? "1 entry" : String.format("%,d entries", checked);
        return intact()
                ? "The " + log + " is intact: " + entries + " checked, none altered or missing."
                : "The " + log + " has been tampered with: " + problem;
    }
}
