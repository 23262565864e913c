package org.seatkeeper.security;

import java.io.Serializable;
import org.seatkeeper.sessions.SeatKind;
import org.seatkeeper.sessions.SessionId;
import org.springframework.security.core.Authentication;

/**
 * The seat a portal sign-in was admitted to, kept as the details of its {@link Authentication} so
 * that it travels with the security context in the HTTP session.
 */
public record PortalSeat(SessionId sessionId, SeatKind seat) implements Serializable {

    /** The portal seat of a signed-in person, or null for a sign-in that holds none (API, tests). */
    public static PortalSeat of(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof PortalSeat seat ? seat : null;
    }

    public boolean readOnly() {
        return seat == SeatKind.VIEW_ONLY || seat == SeatKind.OVERFLOW;
    }
}
