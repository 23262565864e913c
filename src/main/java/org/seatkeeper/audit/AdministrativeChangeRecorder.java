package org.seatkeeper.audit;

import org.seatkeeper.shared.AdministrativeChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every administrative change synchronously, inside the transaction that made it: if the
 * change rolls back, so does its log entry, and a change is never committed without one.
 * See docs/decisions/0001-feature-modules.md.
 */
@Component
class AdministrativeChangeRecorder {

    static final int TEXT_LIMIT = 60_000;

    private final AdminChangeRepository entries;

    AdministrativeChangeRecorder(AdminChangeRepository entries) {
        this.entries = entries;
    }

    @EventListener
    void on(AdministrativeChange change) {
        entries.save(new AdminChangeEntry(change.at(), cut(change.actor(), 100), cut(change.what(), 200),
                cut(change.subject(), 300), cut(change.before(), TEXT_LIMIT), cut(change.after(), TEXT_LIMIT),
                cut(change.reason(), 1000)));
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
