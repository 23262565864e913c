package org.seatkeeper.audit;

import java.time.Instant;

/**
 * One sign-in attempt as the grid and the CSV export show it.
 *
 * @param reason why it ended so: codes read in the reader's language, or an older row's words
 */
public record AccessLogRow(
        long id,
        Instant at,
        String username,
        String ip,
        boolean success,
        LogText reason,
        String browser,
        String client) {

    /** The bundle key of the outcome's word. */
    public String outcomeKey() {
        return success ? "audit.access.outcome.success" : "audit.access.outcome.failure";
    }
}
