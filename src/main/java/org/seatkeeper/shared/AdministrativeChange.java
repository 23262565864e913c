package org.seatkeeper.shared;

import java.time.Instant;

/**
 * Published, inside the changing transaction, by every service that changes administrative data
 * (rule 12). The audit module records it in the same transaction, so a change and its log entry
 * commit or roll back together.
 *
 * <p>A record of several fields is written one {@code field: value} per line, so that the log can
 * show only the fields that changed (see org.seatkeeper.audit.ChangedFields).
 *
 * @param actor   username of whoever made the change ("system" for start-up tasks)
 * @param what    a short verb phrase, e.g. "User created", "Pot capacity changed"
 * @param subject what was changed, e.g. "user jdoe (Jane Doe)", "pot Documents"
 * @param before  readable state before, or null when created
 * @param after   readable state after, or null when deleted
 * @param reason  why, where the change asks for one (capacities), else null
 */
public record AdministrativeChange(
        String actor, Instant at, String what, String subject, String before, String after, String reason) {

    /** A change that asks for no reason. */
    public AdministrativeChange(String actor, Instant at, String what, String subject, String before, String after) {
        this(actor, at, what, subject, before, after, null);
    }
}
