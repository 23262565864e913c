package org.seatkeeper.sessions;

import org.seatkeeper.shared.RefusalCode;

/**
 * Every refusal of the sessions module, with its stable code and today's English sentence; the
 * arguments are the figures and names, in placeholder order (docs/decisions/0023-value-objects-and-refusal-codes.md).
 * The seat API tells {@link NoSeatException} and {@link AlreadySignedInException} apart by their type,
 * never by these codes or sentences.
 */
public enum SessionRefusal implements RefusalCode {

    /** Arguments: the pool the person could have used, its seats in use, its capacity. */
    NO_SEAT("seat.none-free", "All licences are in use. Try again later. ({0} {1} of {2} in use.)"),
    /** Arguments: the two pools the person could have used, each with its seats in use and capacity. */
    NO_SEAT_IN_TWO_POOLS(
            "seat.none-free.two-pools",
            "All licences are in use. Try again later. ({0} {1} of {2} in use, {3} {4} of {5} in use.)"),
    /** Arguments: where the live session is, when it signed in, seconds until it may count as stale. */
    ALREADY_SIGNED_IN(
            "session.already-signed-in",
            "This account is already signed in: {0} since {1}. One session per account: sign out there first."
                    + " If that window was closed, try again in {2} s."),
    SIGN_IN_IN_PROGRESS(
            "session.sign-in-in-progress",
            "Another sign-in of this account was in progress at the same moment (one session per account). Try again."),
    /** Arguments: the person's name, where the session is, seconds since its last heartbeat. */
    STILL_LIVE(
            "session.still-live",
            "{0}'s session is still live: {1} sent a heartbeat {2} s ago, so the tab is still open. Ask them to"
                    + " sign out instead."),
    /** Argument: the person's name. */
    ENDED_OF("session.ended-of", "{0}'s session has already ended."),
    ENDED("session.ended", "This session has already ended."),
    POOL_MISSING("seat-pool.missing", "Choose a pool."),
    /** Arguments: the pool, the capacity asked for, seats in use, the capacity now, who holds them (", held by ..."). */
    POOL_BELOW_USE("pool.below-use", "The {0} pool cannot be set to {1}: {2} of its {3} seats are in use now{4}."),
    SETTINGS_CHANGED_MEANWHILE(
            "session-settings.changed-meanwhile",
            "Someone else changed the session settings meanwhile. Reload them and make your change again."),
    /** Arguments: the least and most seconds, the heartbeat interval in seconds. */
    STALE_AFTER_RANGE(
            "session-settings.stale-after.range",
            "Enter {0} to {1} seconds: at least three heartbeats of {2} s, so a tab may miss two before its session"
                    + " counts as stale."),
    /** Arguments: the least and most minutes. */
    IDLE_TIMEOUT_RANGE("session-settings.idle-timeout.range", "Enter {0} to {1} minutes."),
    /** Arguments: the least and most seconds. */
    IDLE_WARNING_RANGE("session-settings.idle-warning.range", "Enter {0} to {1} seconds."),
    /** Argument: the idle timeout in seconds. */
    WARNING_AFTER_TIMEOUT(
            "session-settings.idle-warning.after-timeout",
            "The warning must come before the timeout: enter fewer seconds than the idle timeout ({0} s).");

    private final String code;
    private final String template;

    SessionRefusal(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }
}
