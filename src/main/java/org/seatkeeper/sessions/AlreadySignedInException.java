package org.seatkeeper.sessions;

import org.seatkeeper.shared.RefusedException;

/** The account has a live session elsewhere (rule 9); the message says where and since when. */
public class AlreadySignedInException extends RefusedException {

    public AlreadySignedInException(String message) {
        super(message);
    }
}
