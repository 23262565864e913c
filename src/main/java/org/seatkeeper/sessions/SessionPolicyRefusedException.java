package org.seatkeeper.sessions;

import org.seatkeeper.shared.RefusedException;

/** A session setting out of its range, naming the setting so the form can show the message beside it. */
public class SessionPolicyRefusedException extends RefusedException {

    private final SessionPolicyLimits.Setting setting;

    public SessionPolicyRefusedException(SessionPolicyLimits.Setting setting, SessionRefusal code, Object... figures) {
        super(code, figures);
        this.setting = setting;
    }

    public SessionPolicyLimits.Setting setting() {
        return setting;
    }
}
