package org.seatkeeper.security;

import org.seatkeeper.lockout.SignInLockouts;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Brute-force protection around the password check, for the sign-in form and HTTP Basic alike
 * (docs/decisions/0018-brute-force-protection.md): a locked username or paused address is refused before
 * its password is looked at; a wrong password or an unknown name is counted; a right one forgets the
 * name's failures. Unknown names take the same path as known ones, so the answers and their timing
 * never tell which names exist (the password check itself hashes for unknown names too).
 */
final class SignInGuard implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInLockouts lockouts;

    SignInGuard(AuthenticationProvider passwordCheck, SignInLockouts lockouts) {
        this.passwordCheck = passwordCheck;
        this.lockouts = lockouts;
    }

    /**
     * The lockout records are in the database: when it cannot be reached, the attempt is refused as a
     * service failure (as the password check refuses when it cannot read the account), never admitted
     * unchecked, and answered as such (503 on the API, "not possible right now" on the login page).
     */
    @Override
    public Authentication authenticate(Authentication attempt) {
        try {
            return guarded(attempt);
        } catch (DataAccessException | TransactionException unavailable) {
            throw new InternalAuthenticationServiceException(
                    "The sign-in could not be checked: " + unavailable.getMessage(), unavailable);
        }
    }

    private Authentication guarded(Authentication attempt) {
        if (attempt.isAuthenticated()) {
            return passwordCheck.authenticate(attempt);
        }
        String username = attempt.getName();
        String ip = clientAddress();
        lockouts.pauseFor(username, ip).ifPresent(pause -> {
            throw new SignInPausedException(pause, false);
        });
        Authentication checked;
        try {
            checked = passwordCheck.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            lockouts.failed(username, ip).ifPresent(pause -> {
                SignInPausedException paused = new SignInPausedException(pause, true);
                paused.initCause(wrong);
                throw paused;
            });
            throw wrong;
        }
        lockouts.succeeded(username);
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
