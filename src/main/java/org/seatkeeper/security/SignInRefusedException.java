package org.seatkeeper.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused after the password was right: no free seat, already signed in elsewhere. Its
 * message is shown on the login view as it is; its reason goes to the access log.
 */
public class SignInRefusedException extends AuthenticationException {

    private final String reason;

    public SignInRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
