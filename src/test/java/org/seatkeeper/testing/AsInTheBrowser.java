package org.seatkeeper.testing;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

/**
 * Runs a browserless interaction the way a real request runs it: whatever a listener throws goes to the
 * session's error handler (ours, which shows the refusal as a notification) instead of into the test.
 * Views leave refusals outside any form to that one handler, so tests that click must route them there
 * too, or they would test a path the browser never takes.
 */
public final class AsInTheBrowser {

    private AsInTheBrowser() {}

    public static void interact(Runnable interaction) {
        try {
            interaction.run();
        } catch (RuntimeException thrown) {
            VaadinSession session = VaadinSession.getCurrent();
            if (session == null || session.getErrorHandler() == null) {
                throw thrown;
            }
            session.getErrorHandler().error(new ErrorEvent(thrown));
        }
    }
}
