package org.seatkeeper.alerts;

import org.seatkeeper.shared.RefusedException;

/** A destination field that is wrong, named so the form can show it there. */
public class AlertDestinationRefusedException extends RefusedException {

    private final AlertDestinations.Field field;

    public AlertDestinationRefusedException(AlertDestinations.Field field, AlertRefusal code, Object... figures) {
        super(code, figures);
        this.field = field;
    }

    public AlertDestinations.Field field() {
        return field;
    }
}
