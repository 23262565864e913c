package org.seatkeeper.directory;

import java.time.Clock;

import org.seatkeeper.shared.AdministrativeChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Publishes {@link AdministrativeChange} inside the changing transaction (rule 12). */
@Component
class AdminLog {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminLog(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void changed(String what, String subject, String before, String after) {
        events.publishEvent(new AdministrativeChange(actor(), clock.instant(), what, subject, before, after));
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    static boolean actorIsSupport() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.SUPPORT).equals(a.getAuthority()));
    }
}
