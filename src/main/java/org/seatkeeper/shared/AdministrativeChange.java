package org.seatkeeper.shared;

import java.time.Instant;

/**
 * Published, inside the changing transaction, by every service that changes administrative data
 * (rule 12). The audit module records it in the same transaction, so a change and its log entry
 * commit or roll back together.
 *
 * @param actor   username of whoever made the change ("system" for start-up tasks)
 * @param what    a short verb phrase, e.g. "User created", "Pot capacity changed"
 * @param subject what was changed, e.g. "user jdoe (Jane Doe)", "pot Documents"
 * @param before  readable state before, or null when created
 * @param after   readable state after, or null when deleted
 */
public record AdministrativeChange(String actor, Instant at, String what, String subject, String before,
                                   String after) {
}
