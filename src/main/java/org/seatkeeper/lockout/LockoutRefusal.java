package org.seatkeeper.lockout;

import org.seatkeeper.shared.RefusalCode;

/**
 * Every refusal of the sign-in protection, with its stable code and today's English sentence; the
 * arguments are the figures, in placeholder order (docs/decisions/0023-value-objects-and-refusal-codes.md).
 */
public enum LockoutRefusal implements RefusalCode {

    /** Argument: the wait, in the reader's words ("45 seconds"). */
    PAUSED_USERNAME(
            "lockout.paused.username",
            "Too many failed sign-ins with this username. Sign-in with it is paused: try again in {0}."),
    /** Argument: the wait, in the reader's words ("16 minutes"). */
    PAUSED_ADDRESS(
            "lockout.paused.address",
            "Too many failed sign-ins from your network address. Sign-in from it is paused: try again in {0}."),
    /** Arguments: the least and most failed sign-ins. */
    FAILURES_RANGE("lockout.failures.range", "Enter {0} to {1} failed sign-ins."),
    /** Arguments: the least and most seconds. */
    SECONDS_RANGE("lockout.seconds.range", "Enter {0} to {1} seconds."),
    /** Arguments: the least and most minutes. */
    MINUTES_RANGE("lockout.minutes.range", "Enter {0} to {1} minutes."),
    /** Argument: the first lock in seconds. */
    LONGEST_BELOW_FIRST(
            "lockout.longest-below-first",
            "The longest lock cannot be shorter than the first: enter at least {0} seconds."),
    /** Argument: the username. */
    USERNAME_NO_LONGER_LOCKED(
            "lockout.username.no-longer-locked",
            "Sign-in with username {0} is no longer locked: the lock ended or someone lifted it meanwhile."),
    /** Argument: the address. */
    ADDRESS_NO_LONGER_LOCKED(
            "lockout.address.no-longer-locked",
            "Sign-in with address {0} is no longer locked: the lock ended or someone lifted it meanwhile."),
    CHANGED_MEANWHILE(
            "lockout.changed-meanwhile",
            "Someone else changed the sign-in protection meanwhile. Reload the page and make your change again.");

    private final String code;
    private final String template;

    LockoutRefusal(String code, String template) {
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
