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
 */
public record SignInAttempt(
        String username, Instant at, String ip, boolean success, String reason, String browser, String client) {}
