package org.seatkeeper.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way a view tells a person that something happened or was refused outside a form: a single
 * notification per browser tab, so repeated clicks never stack toasts. A refusal that belongs to a form
 * or dialog is shown there, on the field or the dialog's banner, and never also as a toast.
 */
public final class Toasts {

    private Toasts() {}

    /** A change was done: bottom start, gone after 4 s. */
    public static Notification success(String text) {
        return show(text, 4000, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);
    }

    /** A refusal outside any form: in the middle, long enough to read the figures. */
    public static Notification error(String text) {
        return show(text, 8000, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR);
    }

    /** The toast currently shown in this tab, if any. */
    private static Notification current() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ComponentUtil.getData(ui, Notification.class);
    }

    private static Notification show(
            String text, int millis, Notification.Position position, NotificationVariant variant) {
        Notification previous = current();
        if (previous != null && previous.isOpened()) {
            previous.close();
        }
        Notification shown = Notification.show(text, millis, position);
        shown.addThemeVariants(variant);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, Notification.class, shown);
        }
        return shown;
    }
}
