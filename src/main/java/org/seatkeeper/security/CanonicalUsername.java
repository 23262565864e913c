package org.seatkeeper.security;

import org.seatkeeper.directory.InvalidUsernameException;
import org.seatkeeper.directory.Username;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Puts the typed username into its canonical form (rule 13, {@link Username}) before the password is
 * checked, for the sign-in form and HTTP Basic alike, and refuses a name that breaks the rule with a
 * message saying what is wrong with it. Such a name is no account's name, so the refusal reveals nothing.
 */
final class CanonicalUsername implements AuthenticationProvider {

    static final String REASON = "invalid username";

    private final AuthenticationProvider passwordCheck;

    CanonicalUsername(AuthenticationProvider passwordCheck) {
        this.passwordCheck = passwordCheck;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!(attempt instanceof UsernamePasswordAuthenticationToken) || attempt.isAuthenticated()) {
            return passwordCheck.authenticate(attempt);
        }
        Username name;
        try {
            name = Username.of(attempt.getName());
        } catch (InvalidUsernameException invalid) {
            throw new SignInRefusedException(REASON, invalid);
        }
        UsernamePasswordAuthenticationToken canonical =
                UsernamePasswordAuthenticationToken.unauthenticated(name.value(), attempt.getCredentials());
        canonical.setDetails(attempt.getDetails());
        return passwordCheck.authenticate(canonical);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
