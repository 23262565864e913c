package org.seatkeeper.sessions;

/** What a client is told when it reports that it is still there. */
public enum HeartbeatReply {
    /** Carry on. */
    CONTINUE,
    /** An administrator asked this user to sign out (rule 10); the session is still open. */
    SIGN_OUT_REQUESTED,
    /** The session has ended (closed, timed out, replaced): the client must sign out now. */
    ENDED
}
