package org.seatkeeper.directory;

import org.seatkeeper.shared.RefusedException;

/** What was typed as a username breaks the username rule ({@link Username}); the message says how. */
public class InvalidUsernameException extends RefusedException {

    public InvalidUsernameException(String message) {
        super(message);
    }
}
