package org.seatkeeper.directory;

import java.util.Optional;
import org.seatkeeper.shared.RefusedException;

/**
 * The one password rule of every place a password is chosen (a new user, an administrator setting
 * one, a person changing their own): 12 to 200 characters. Long enough to resist guessing; the upper
 * bound keeps hashing cheap for the server.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {}

    /** What breaks the rule, as a refusal with its code and figures; empty when the password is fine. */
    public static Optional<RefusedException> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(new RefusedException(DirectoryRefusal.PASSWORD_TOO_SHORT, MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(new RefusedException(DirectoryRefusal.PASSWORD_TOO_LONG, MAX_LENGTH));
        }
        return Optional.empty();
    }

    /** @throws RefusedException saying what is wrong, when the password breaks the rule */
    public static void check(String password) {
        Optional<RefusedException> problem = problem(password);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }
}
