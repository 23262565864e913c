package org.seatkeeper.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.seatkeeper.database.DatabaseOutage;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.PageWords;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.shared.ui.Toasts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one error handler of the UI: whatever a click throws, the user sees a clear sentence, never a
 * stack trace. Refusals of rules arrive as {@link RefusedException}s and are shown as they are; a
 * database out of reach is said so, without an incident (the operator sees it in the readiness check);
 * anything unexpected is logged with an incident number the user can quote.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Toasts.error(message);
        }
    }

    static String messageFor(Throwable error) {
        Throwable cause = rootUserFacing(error);
        if (cause instanceof RefusedException refusal) {
            return Refusals.text(refusal);
        }
        if (cause instanceof AccessDeniedException) {
            return PageWords.of("error.not-allowed");
        }
        if (cause instanceof ObjectOptimisticLockingFailureException) {
            return PageWords.of("error.changed-meanwhile");
        }
        if (DatabaseOutage.explains(error)) {
            log.warn("A click failed while the database was unavailable: {}", error.getMessage());
            return PageWords.of("error.database");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, incident {}", incident, error);
        return PageWords.of("error.unexpected", incident);
    }

    private static Throwable rootUserFacing(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RefusedException
                    || t instanceof AccessDeniedException
                    || t instanceof ObjectOptimisticLockingFailureException) {
                return t;
            }
        }
        return error;
    }
}
