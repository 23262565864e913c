package org.seatkeeper.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the administration log. The CSV export keeps the whole records before and after; the
 * grid shows only {@link #changes()}.
 *
 * @param what    the change: its kind read in the reader's language, or an older row's words
 * @param subject what was changed, as the module wrote it in English: read it with {@link #subject(LogText.Words)}
 * @param reason  why, for a change that asks for one (capacities), else null
 */
public record AdminChangeRow(
        long id, Instant at, String actor, LogText what, String subject, String before, String after, String reason) {

    /** What was changed, its kind in the reader's words ("användare jdoe (Jane Doe)"), its names as written. */
    public String subject(LogText.Words reader) {
        return ChangeVocabulary.subject(subject, reader);
    }

    /** The fields this change touched, each as "field: before → after". */
    public List<FieldChange> changes() {
        return ChangedFields.between(before, after);
    }
}
