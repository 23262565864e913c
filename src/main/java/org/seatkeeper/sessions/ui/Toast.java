package org.seatkeeper.sessions.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one notification of a view: showing a new one closes the previous, so repeated clicks never
 * stack toasts. Refusals inside a form are not toasts: they go on the field or the form's banner.
 */
final class Toast {

    private Notification shown;

    void success(String text) {
        show(text, 4000, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);
    }

    void error(String text) {
        show(text, 8000, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR);
    }

    Notification shown() {
        return shown;
    }

    private void show(String text, int millis, Notification.Position position, NotificationVariant variant) {
        if (shown != null && shown.isOpened()) {
            shown.close();
        }
        shown = Notification.show(text, millis, position);
        shown.addThemeVariants(variant);
    }
}
