package org.seatkeeper.sessions;

/**
 * A session's state as stored, for nodes that did not make the change themselves.
 *
 * @param endReason        why it ended, or null while it is open
 * @param signOutRequested an administrator asked its user to sign out (rule 10)
 */
public record SessionState(EndReason endReason, boolean signOutRequested) {

    public boolean ended() {
        return endReason != null;
    }
}
