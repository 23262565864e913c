package org.seatkeeper.shared;

import java.time.Instant;

/**
 * Published for every sign-in attempt, successful or not, to the portal or through the API
 * (rule 12). The audit module records it.
 *
 * @param username the name as typed
 * @param reason   why it ended so: "signed in", "bad password", "unknown user", "inactive", "expired",
 *                 "no login", "no seat", "already signed in", "locked", "address paused" (and a failure that
 *                 starts a lock adds it: "bad password, locked for 1 min"; docs/decisions/0018)
 * @param client   "Portal" or the name of the connected application
 * @param recorded true when its access-log row is written already, in the transaction that made the attempt
 *                 (the seat procedures, {@link AccessLogStatement}): the event then tells only the live views
 *                 and the metrics
 */
public record SignInAttempt(
        String username,
        Instant at,
        String ip,
        boolean success,
        String reason,
        String browser,
        String client,
        boolean recorded) {

    /** An attempt whose row the audit module is still to write. */
    public SignInAttempt(
            String username, Instant at, String ip, boolean success, String reason, String browser, String client) {
        this(username, at, ip, success, reason, browser, client, false);
    }

    /** The same attempt, its row written by the caller's own statement. */
    public SignInAttempt asRecorded() {
        return new SignInAttempt(username, at, ip, success, reason, browser, client, true);
    }
}
