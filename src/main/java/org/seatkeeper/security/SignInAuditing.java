package org.seatkeeper.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.seatkeeper.database.DatabaseOutage;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.directory.Username;
import org.seatkeeper.shared.SignInAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns Spring Security's authentication events into {@link SignInAttempt}s with a reason an
 * administrator understands (rule 12). The events are published in the request's thread, so the
 * request gives the IP address and the browser.
 */
@Component
class SignInAuditing {

    private static final Logger log = LoggerFactory.getLogger(SignInAuditing.class);

    static final String PORTAL = "Portal";
    static final String API = "API";

    private final ApplicationEventPublisher events;
    private final LoginAccounts accounts;
    private final Clock clock;

    SignInAuditing(ApplicationEventPublisher events, LoginAccounts accounts, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * A password accepted on the JSON API (HTTP Basic) opens no session, so it is no sign-in: logging it
     * as "signed in" made a seat request refused afterwards read as a success. What such a call was
     * refused is logged where it is refused; wrong passwords on the API are logged below.
     */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof PortalSeat) {
            return; // a portal sign-in: its row was written in the transaction that took the seat (PortalSignIn)
        }
        if (!API.equals(client(currentRequest()))) {
            publish(event.getAuthentication().getName(), true, "signed in");
        }
    }

    /**
     * A sign-in refused because the database is out of reach cannot be written to the access log, which
     * is in that database: it is logged for the operator instead, and the refusal goes on to its answer
     * (503 on the API, "not possible right now" on the login page) rather than failing again here.
     */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String typed = String.valueOf(event.getAuthentication().getPrincipal());
        if (DatabaseOutage.explains(event.getException())) {
            log.warn(
                    "Sign-in of '{}' refused while the database was unavailable; not in the access log",
                    Username.printable(typed));
            return;
        }
        publish(Username.printable(typed), false, reason(event.getException(), typed));
    }

    String reason(AuthenticationException failure, String username) {
        if (failure instanceof DisabledException) {
            return "inactive";
        }
        if (failure instanceof AccountExpiredException) {
            return "expired";
        }
        if (failure instanceof LockedException) {
            return "no login";
        }
        if (failure instanceof SignInPausedException paused && paused.started()) {
            return reason(paused.getCause() instanceof AuthenticationException wrong ? wrong : null, username) + ", "
                    + paused.reason();
        }
        if (failure instanceof SignInRefusedException refused) {
            return refused.reason();
        }
        return accounts.findByUsername(username).isPresent() ? "bad password" : "unknown user";
    }

    private void publish(String username, boolean success, String reason) {
        HttpServletRequest request = currentRequest();
        String ip = request == null ? null : request.getRemoteAddr();
        String browser = request == null ? null : request.getHeader("User-Agent");
        events.publishEvent(
                new SignInAttempt(username, clock.instant(), ip, success, reason, browser, client(request)));
    }

    private static String client(HttpServletRequest request) {
        return request != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? API : PORTAL;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
