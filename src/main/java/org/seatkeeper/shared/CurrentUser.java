package org.seatkeeper.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting now. Reads this application context's security strategy bean (Vaadin registers its
 * own) rather than the static {@link SecurityContextHolder}: with several Spring contexts in one JVM,
 * as in a test suite, the static holder points at whichever context started last, while method
 * security and Spring Security's test support use the bean.
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<Authentication> authentication() {
        return Optional.ofNullable(strategy.getContext().getAuthentication());
    }

    /** The username of whoever acts, or "system" for start-up tasks and timers. */
    public String name() {
        return authentication().map(Authentication::getName).orElse(SYSTEM);
    }

    public boolean hasRole(String role) {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    /** Runs a start-up task as the given identity, then restores whoever acted before. */
    public <T> T runAs(Authentication identity, Supplier<T> task) {
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(identity);
        strategy.setContext(context);
        try {
            return task.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
