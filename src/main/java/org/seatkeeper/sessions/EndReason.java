package org.seatkeeper.sessions;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a session ended; recorded on the session for history. The login page learns it from a plain
 * word in its address ({@code /login?ended=idle}), never from the constant's name.
 */
public enum EndReason {
    SIGNED_OUT("signed-out"),
    /** No user action for the configured idle timeout (rule 11). */
    IDLE_TIMEOUT("idle"),
    /** Stale (no heartbeat) and replaced by a new sign-in of the same account (rule 9). */
    REPLACED_STALE("replaced"),
    /** An administrator closed it after its tab was gone (rule 10). */
    CLOSED_BY_ADMINISTRATOR("closed"),
    /** The browser session expired on the server after its tabs were gone. */
    EXPIRED("expired"),
    /** The user did not sign out within the time given after an administrator asked (rule 10). */
    SIGN_OUT_REQUEST_EXPIRED("asked"),
    /** The account was deactivated or deleted. */
    ACCOUNT_REMOVED("account-removed"),
    /** A connected application stopped renewing its seat for longer than the lease plus the grace period. */
    LEASE_EXPIRED("no-heartbeat"),
    /** The node holding this portal session stopped answering for longer than the lease plus grace. */
    NODE_LOST("server-stopped");

    private final String word;

    EndReason(String word) {
        this.word = word;
    }

    /** The plain word the login page's address carries: "idle", "closed", "asked"... */
    public String word() {
        return word;
    }

    /** The reason a word stands for; empty for anything else. */
    public static Optional<EndReason> fromWord(String word) {
        return Arrays.stream(values())
                .filter(reason -> reason.word.equals(word))
                .findFirst();
    }

    /** The bundle key of what the user is told when their session ended this way, in their language. */
    public String explanationKey() {
        return switch (this) {
            case IDLE_TIMEOUT -> "session.end.idle";
            case CLOSED_BY_ADMINISTRATOR -> "session.end.closed";
            case SIGN_OUT_REQUEST_EXPIRED -> "session.end.asked";
            case REPLACED_STALE -> "session.end.replaced";
            case ACCOUNT_REMOVED -> "session.end.account-removed";
            case LEASE_EXPIRED -> "session.end.no-heartbeat";
            case NODE_LOST -> "session.end.server-stopped";
            case EXPIRED, SIGNED_OUT -> "session.end.ended";
        };
    }

    /** What the user is told when their session ended this way, in English (logs, the API). */
    public String explanation() {
        return switch (this) {
            case IDLE_TIMEOUT -> "You were signed out because you were inactive for too long.";
            case CLOSED_BY_ADMINISTRATOR -> "An administrator closed your session.";
            case SIGN_OUT_REQUEST_EXPIRED -> "You were signed out, as an administrator asked.";
            case REPLACED_STALE -> "Your account signed in somewhere else, which replaced this session.";
            case ACCOUNT_REMOVED -> "Your account was deactivated or removed.";
            case LEASE_EXPIRED -> "Your application stopped reporting that you are there, so your seat was freed.";
            case NODE_LOST -> "The server you were signed in to stopped, so your session was ended.";
            case EXPIRED, SIGNED_OUT -> "Your session has ended.";
        };
    }
}
