package org.seatkeeper.security;

import java.util.Optional;
import org.seatkeeper.shared.RefusedException;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused after the password was right: no free seat, already signed in elsewhere. Its
 * message is shown on the login view as it is; its reason goes to the access log.
 */
public class SignInRefusedException extends AuthenticationException {

    private final String reason;
    private final transient RefusedException refusal;

    public SignInRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
        this.refusal = null;
    }

    /** A refusal of the admission engine, kept so the page can say it in the reader's language. */
    public SignInRefusedException(String reason, RefusedException refusal) {
        super(refusal.getMessage());
        this.reason = reason;
        this.refusal = refusal;
    }

    /** The refusal behind this one, when it came from a service's refusal. */
    public Optional<RefusedException> refusal() {
        return Optional.ofNullable(refusal);
    }

    public String reason() {
        return reason;
    }
}
