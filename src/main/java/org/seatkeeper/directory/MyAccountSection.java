package org.seatkeeper.directory;

import com.vaadin.flow.component.Component;

/**
 * A part of My account that another module contributes (for example the person's own sessions),
 * so that My account can show it without the directory depending on that module.
 */
public interface MyAccountSection {

    /** A new component for one My account page, built for the signed-in person. */
    Component create();
}
