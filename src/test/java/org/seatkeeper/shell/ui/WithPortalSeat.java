package org.seatkeeper.shell.ui;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.seatkeeper.security.PortalSeat;
import org.seatkeeper.sessions.SeatKind;
import org.seatkeeper.sessions.SessionId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Signs the test in as a user holding a portal seat of the given kind, as a real sign-in would. */
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithPortalSeat.Factory.class)
@interface WithPortalSeat {

    String username();

    SeatKind seat();

    class Factory implements WithSecurityContextFactory<WithPortalSeat> {
        @Override
        public SecurityContext createSecurityContext(WithPortalSeat annotation) {
            UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                    annotation.username(), null, AuthorityUtils.createAuthorityList("ROLE_USER"));
            signedIn.setDetails(new PortalSeat(new SessionId(1), annotation.seat()));
            return new SecurityContextImpl(signedIn);
        }
    }
}
