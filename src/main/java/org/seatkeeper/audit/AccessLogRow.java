package org.seatkeeper.audit;

import java.time.Instant;

/** One sign-in attempt as the grid and the CSV export show it. */
public record AccessLogRow(
        long id,
        Instant at,
        String username,
        String ip,
        boolean success,
        String reason,
        String browser,
        String client) {

    public String outcome() {
        return success ? "Success" : "Failure";
    }
}
