package org.seatkeeper.sessions;

import com.vaadin.flow.component.Component;

/**
 * A part of the settings page that another module contributes (for example the sign-in protection), so
 * that the page shows every setting in one place without the sessions module depending on that module.
 */
public interface SettingsSection {

    /** A new component for one settings page, opened by an administrator. */
    Component create();
}
