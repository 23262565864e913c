package org.seatkeeper.directory;

import org.seatkeeper.shared.RefusedException;

/** What was typed as a username breaks the username rule ({@link Username}); the code and message say how. */
public class InvalidUsernameException extends RefusedException {

    InvalidUsernameException(DirectoryRefusal code, Object... arguments) {
        super(code, arguments);
    }
}
