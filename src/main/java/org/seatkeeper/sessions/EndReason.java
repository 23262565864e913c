package org.seatkeeper.sessions;

/** Why a session ended; recorded on the session for history. */
public enum EndReason {
    SIGNED_OUT,
    /** No user action for the configured idle timeout (rule 11). */
    IDLE_TIMEOUT,
    /** Stale (no heartbeat) and replaced by a new sign-in of the same account (rule 9). */
    REPLACED_STALE,
    /** An administrator closed it after its tab was gone (rule 10). */
    CLOSED_BY_ADMINISTRATOR,
    /** The browser session expired on the server after its tabs were gone. */
    EXPIRED,
    /** The user did not sign out within the time given after an administrator asked (rule 10). */
    SIGN_OUT_REQUEST_EXPIRED,
    /** The account was deactivated or deleted. */
    ACCOUNT_REMOVED,
    /** A connected application stopped renewing its seat for longer than the lease plus the grace period. */
    LEASE_EXPIRED,
    /** The node holding this portal session stopped answering for longer than the lease plus grace. */
    NODE_LOST;

    /** What the user is told when their session ended this way. */
    public String explanation() {
        return switch (this) {
            case IDLE_TIMEOUT -> "You were signed out after being idle for too long.";
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
