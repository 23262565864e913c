package org.seatkeeper.directory;

import org.seatkeeper.shared.RefusedException;

/**
 * What happened to one user in a bulk action: done, or refused with the reason. The view words it in the
 * reader's language: the refusal by its code, the success by whether users were activated.
 */
public record BulkOutcome(long userId, String user, boolean activating, RefusedException refusal) {

    public boolean done() {
        return refusal == null;
    }

    /** The outcome in English, for logs and tests. */
    public String message() {
        return done() ? user + (activating ? " activated." : " deactivated.") : refusal.getMessage();
    }
}
