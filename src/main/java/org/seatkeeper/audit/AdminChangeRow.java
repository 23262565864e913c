package org.seatkeeper.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the administration log. The CSV export keeps the whole records before and after; the
 * grid shows only {@link #changes()}.
 *
 * @param what   the change: its kind read in the reader's language, or an older row's words
 * @param reason why, for a change that asks for one (capacities), else null
 */
public record AdminChangeRow(
        long id, Instant at, String actor, LogText what, String subject, String before, String after, String reason) {

    /** The fields this change touched, each as "field: before → after". */
    public List<FieldChange> changes() {
        return ChangedFields.between(before, after);
    }
}
