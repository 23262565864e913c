package org.seatkeeper.sessions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is making an administrative change. Reads this application context's security strategy bean
 * (Vaadin registers its own) rather than the static holder: with several Spring contexts in one JVM
 * (test suites) the static holder points at whichever context started last.
 */
@Component
class CurrentActor {

    private final SecurityContextHolderStrategy securityContext;

    CurrentActor(ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    String name() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
