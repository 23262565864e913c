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
    /** The account was deactivated or deleted. */
    ACCOUNT_REMOVED
}
