package org.seatkeeper.lockout;

import org.seatkeeper.shared.RefusedException;

/** A lockout setting out of its range, naming the setting so the form can show the message beside it. */
public class LockoutSettingsRefusedException extends RefusedException {

    private final LockoutSettings.Setting setting;

    public LockoutSettingsRefusedException(LockoutSettings.Setting setting, LockoutRefusal code, Object... figures) {
        super(code, figures);
        this.setting = setting;
    }

    public LockoutSettings.Setting setting() {
        return setting;
    }
}
