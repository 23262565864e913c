package org.seatkeeper.security;

import org.seatkeeper.lockout.Pause;

/**
 * A sign-in refused because its username or address is locked after failed sign-ins (issue 11 item 3),
 * or the failure that just started such a lock. The API answers it with 429 and Retry-After.
 */
public class SignInPausedException extends SignInRefusedException {

    private final transient Pause pause;
    private final boolean started;

    /**
     * @param started true for the failure that started the pause: the access log keeps its own reason
     *                (bad password, unknown user) and adds the lock
     */
    SignInPausedException(Pause pause, boolean started) {
        super(started ? pause.logReason() : pause.byAddress() ? "address paused" : "locked", pause.refusal());
        this.pause = pause;
        this.started = started;
    }

    public Pause pause() {
        return pause;
    }

    boolean started() {
        return started;
    }
}
