package org.seatkeeper.lockout;

import java.time.Duration;
import java.util.List;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Term;

/**
 * Sign-in is paused for a username or for a client address, for {@code remaining} more. Its words are the
 * same whether or not an account has the name, so a refusal never tells which names exist.
 *
 * @param byAddress true when the address is paused (many failures across names), false for the username
 * @param remaining how long until sign-in is allowed again, at least one second
 */
public record Pause(boolean byAddress, Duration remaining) {

    public Pause {
        remaining = remaining.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : remaining;
    }

    /** Whole seconds, rounded up: the Retry-After of an API answer. */
    public long retryAfterSeconds() {
        return remaining.toSeconds() + (remaining.toNanosPart() > 0 ? 1 : 0);
    }

    /** What the person signing in reads, in English. */
    public String message() {
        return refusal().getMessage();
    }

    /** The refusal the person signing in reads, with its code, so each reader gets it in their language. */
    public RefusedException refusal() {
        return new RefusedException(
                byAddress ? LockoutRefusal.PAUSED_ADDRESS : LockoutRefusal.PAUSED_USERNAME, waitTerm());
    }

    /** The access log's reason, e.g. "locked for 2 min" or "address paused for 45 s". */
    public String logReason() {
        return (byAddress ? "address paused for " : "locked for ") + shortWait();
    }

    /** "45 seconds", "1 minute", "16 minutes" (rounded up), "2 hours" (rounded up). */
    String waitWords() {
        return waitTerm().english();
    }

    /** The wait in whole seconds, minutes or hours, as the reader's words say it. */
    private Term waitTerm() {
        long seconds = retryAfterSeconds();
        if (seconds < 60) {
            return new Term("lockout.wait.seconds", List.of(seconds), plural(seconds, "second"));
        }
        long minutes = (seconds + 59) / 60;
        return minutes <= 90
                ? new Term("lockout.wait.minutes", List.of(minutes), plural(minutes, "minute"))
                : new Term("lockout.wait.hours", List.of((minutes + 59) / 60), plural((minutes + 59) / 60, "hour"));
    }

    private String shortWait() {
        long seconds = retryAfterSeconds();
        return seconds < 60 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
