package org.seatkeeper.presence;

import java.time.Duration;
import java.time.Instant;
import org.seatkeeper.sessions.SessionPolicy;

/**
 * Rule 11's countdown as a plain function: given when the user last acted, whether they may go on
 * quietly, must be warned with the seconds left, or have run out of time.
 */
record IdleCountdown(Duration timeout, Duration warning, boolean disabled) {

    /** No warning and no end while "disable auto timeout" is set. */
    static IdleCountdown of(SessionPolicy policy) {
        return new IdleCountdown(policy.idleTimeout(), policy.idleWarning(), policy.autoTimeoutDisabled());
    }

    /** What the user must see now. */
    Stage at(Instant lastAction, Instant now) {
        if (disabled) {
            return Stage.QUIET;
        }
        Duration left = Duration.between(now, lastAction.plus(timeout));
        if (left.isNegative() || left.isZero()) {
            return Stage.TIMED_OUT;
        }
        return left.compareTo(warning) <= 0 ? Stage.warning(secondsLeft(left)) : Stage.QUIET;
    }

    /** Whole seconds, rounded up, so the countdown reads 60, 59, ... 1 and never 0 while time is left. */
    private static long secondsLeft(Duration left) {
        return (left.toMillis() + 999) / 1000;
    }

    /**
     * @param secondsLeft while warned, the whole seconds before the session ends
     */
    record Stage(Kind kind, long secondsLeft) {
        static final Stage QUIET = new Stage(Kind.QUIET, 0);
        static final Stage TIMED_OUT = new Stage(Kind.TIMED_OUT, 0);

        static Stage warning(long secondsLeft) {
            return new Stage(Kind.WARNING, secondsLeft);
        }
    }

    enum Kind {
        QUIET,
        WARNING,
        TIMED_OUT
    }
}
