package org.seatkeeper.sessions;

import org.seatkeeper.shared.RefusedException;

/** Every pool this user may use is full (rule 7): "All licences are in use. Try again later." */
public class NoSeatException extends RefusedException {

    /** @param figures the figures of every pool the person could have used */
    public NoSeatException(String figures) {
        super(SessionRefusal.NO_SEAT, figures);
    }
}
