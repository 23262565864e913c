package org.seatkeeper.audit;

import java.time.Instant;

/**
 * What to show of the administration log: a time range (either end open), who made the change
 * (exact username) and a keyword searched in what was changed. Blank parts do not filter.
 */
public record AdminChangeFilter(Instant from, Instant to, String actor, String keyword) {

    public static final AdminChangeFilter ALL = new AdminChangeFilter(null, null, null, null);

    public AdminChangeFilter {
        actor = blankToNull(actor);
        keyword = blankToNull(keyword);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
