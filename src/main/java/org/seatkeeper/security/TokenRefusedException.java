package org.seatkeeper.security;

import org.seatkeeper.shared.RefusedException;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * An API token that is not accepted (not ours, unknown, revoked, expired): bad credentials, with the
 * refusal kept so the 401 can say why in the caller's language.
 */
class TokenRefusedException extends BadCredentialsException {

    private final transient RefusedException refusal;

    TokenRefusedException(RefusedException refusal) {
        super(refusal.getMessage());
        this.refusal = refusal;
    }

    RefusedException refusal() {
        return refusal;
    }
}
