package org.seatkeeper.sessions;

import java.time.Instant;
import org.seatkeeper.shared.RefusedException;

/** The account has a live session elsewhere (rule 9); the message says where and since when. */
public class AlreadySignedInException extends RefusedException {

    private final String where;
    private final Instant since;

    public AlreadySignedInException(String message) {
        this(message, null, null);
    }

    public AlreadySignedInException(String message, String where, Instant since) {
        super(message);
        this.where = where;
        this.since = since;
    }

    /** Where the live session is ("PORTAL from 10.0.0.7 on node-1"), or null when not known. */
    public String where() {
        return where;
    }

    /** When the live session signed in, or null when not known. */
    public Instant since() {
        return since;
    }
}
