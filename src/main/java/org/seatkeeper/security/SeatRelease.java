package org.seatkeeper.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.EndReason;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Frees a portal seat the moment its session ends (rule 11): on sign-out, and when the browser
 * session expires on the server. Ending an already ended session changes nothing, so both may fire.
 */
@Component
class SeatRelease implements LogoutHandler {

    private final Admissions admissions;

    SeatRelease(Admissions admissions) {
        this.admissions = admissions;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        end(authentication, EndReason.SIGNED_OUT);
    }

    @EventListener
    void browserSessionExpired(HttpSessionDestroyedEvent event) {
        for (SecurityContext context : event.getSecurityContexts()) {
            end(context.getAuthentication(), EndReason.EXPIRED);
        }
    }

    private void end(Authentication authentication, EndReason reason) {
        PortalSeat seat = PortalSeat.of(authentication);
        if (seat != null) {
            admissions.end(seat.sessionId(), reason);
        }
    }
}
