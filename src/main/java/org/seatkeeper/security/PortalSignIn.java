package org.seatkeeper.security;

import jakarta.servlet.http.HttpServletRequest;
import org.seatkeeper.directory.LoginAccount;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.AlreadySignedInException;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.NoSeatException;
import org.seatkeeper.shared.NodeName;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A portal sign-in: the password and account checks, then the admission engine (rules 7-9). Only
 * when a seat is taken does the sign-in succeed; the seat rides along as the authentication's
 * details ({@link PortalSeat}) until sign-out or expiry frees it.
 */
class PortalSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginAccounts accounts;
    private final Admissions admissions;
    private final NodeName node;

    PortalSignIn(AuthenticationProvider passwordCheck, LoginAccounts accounts, Admissions admissions, NodeName node) {
        this.passwordCheck = passwordCheck;
        this.accounts = accounts;
        this.admissions = admissions;
        this.node = node;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Authentication checked = passwordCheck.authenticate(attempt);
        LoginAccount account = checked.getPrincipal() instanceof DirectoryUserDetailsService.AccountDetails details
                ? details.account()
                : accounts.findByUsername(checked.getName())
                        .orElseThrow(() -> new BadCredentialsException("The account disappeared while signing in"));
        AdmittedSession admitted;
        try {
            // Its "signed in" row commits with the session; SignInAuditing leaves such sign-ins alone.
            admitted = admissions.admitAndLog(Applicant.of(account), client(), SignInAuditing.PORTAL);
        } catch (NoSeatException refused) {
            throw new SignInRefusedException("no seat", refused);
        } catch (AlreadySignedInException refused) {
            throw new SignInRefusedException("already signed in", refused);
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                checked.getPrincipal(), null, checked.getAuthorities());
        signedIn.setDetails(new PortalSeat(admitted.id(), admitted.seat()));
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    private ClientDetails client() {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
        return ClientDetails.portal(
                request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getHeader("User-Agent"),
                node.get());
    }
}
