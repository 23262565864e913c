package org.seatkeeper.alerts;

import org.seatkeeper.shared.RefusedException;

/** A destination field that is wrong, named so the form can show it there. */
public class AlertDestinationRefusedException extends RefusedException {

    private final AlertDestinations.Field field;

    public AlertDestinationRefusedException(AlertDestinations.Field field, String message) {
        super(message);
        this.field = field;
    }

    public AlertDestinations.Field field() {
        return field;
    }
}
