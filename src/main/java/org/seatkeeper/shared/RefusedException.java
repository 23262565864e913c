package org.seatkeeper.shared;

/**
 * A request refused for a reason the person can act on: a broken rule or bad input. Its message is
 * shown to them as it is, so it must name the rule and the figures ("Documents: 20 of 20 in use").
 */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
