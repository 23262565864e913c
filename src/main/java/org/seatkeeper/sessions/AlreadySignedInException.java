package org.seatkeeper.sessions;

import java.time.Instant;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Term;

/** The account has a live session elsewhere (rule 9); the message says where and since when. */
public class AlreadySignedInException extends RefusedException {

    private final String where;
    private final Instant since;

    /** Another sign-in of the same account was in progress at the same moment. */
    public AlreadySignedInException() {
        super(SessionRefusal.SIGN_IN_IN_PROGRESS);
        this.where = null;
        this.since = null;
    }

    /**
     * @param shownSince      when the live session signed in, as the sentence shows it
     * @param secondsToStale  how long until that session may count as stale
     */
    public AlreadySignedInException(Term where, Instant since, String shownSince, long secondsToStale) {
        super(SessionRefusal.ALREADY_SIGNED_IN, where, shownSince, secondsToStale);
        this.where = where.english();
        this.since = since;
    }

    /** Where the live session is, in English ("the portal at 10.0.0.7 on node-1"), or null when not known. */
    public String where() {
        return where;
    }

    /** When the live session signed in, or null when not known. */
    public Instant since() {
        return since;
    }
}
