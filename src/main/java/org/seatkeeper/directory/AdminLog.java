package org.seatkeeper.directory;

import java.time.Clock;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes {@link AdministrativeChange} inside the changing transaction (rule 12). */
@Component
class AdminLog {

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    AdminLog(ApplicationEventPublisher events, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    void changed(String what, String subject, String before, String after) {
        changed(what, subject, before, after, null);
    }

    void changed(String what, String subject, String before, String after, String reason) {
        events.publishEvent(new AdministrativeChange(actor(), clock.instant(), what, subject, before, after, reason));
    }

    String actor() {
        return currentUser.name();
    }

    boolean actorIsSupport() {
        return currentUser.hasRole(Roles.SUPPORT);
    }
}
