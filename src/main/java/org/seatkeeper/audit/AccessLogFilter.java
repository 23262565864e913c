package org.seatkeeper.audit;

import java.time.Instant;

/**
 * What to show of the access log: a time range (either end open), the username as typed (exact),
 * and the outcome (null for both). Blank parts do not filter.
 */
public record AccessLogFilter(Instant from, Instant to, String username, Boolean success) {

    public static final AccessLogFilter ALL = new AccessLogFilter(null, null, null, null);

    public AccessLogFilter {
        username = username == null || username.isBlank() ? null : username.trim();
    }
}
