package org.seatkeeper.alerts;

import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.RefusedException;

/** A rule out of range, naming the pool and the field, so the form can show it there. */
public class AlertRuleRefusedException extends RefusedException {

    private final transient ConcurrentPool pool;
    private final AlertRule.Field field;

    public AlertRuleRefusedException(ConcurrentPool pool, AlertRule.Field field, AlertRefusal code, Object... figures) {
        super(code, figures);
        this.pool = pool;
        this.field = field;
    }

    public ConcurrentPool pool() {
        return pool;
    }

    public AlertRule.Field field() {
        return field;
    }
}
