package org.seatkeeper.sessions;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rule 11: ends sessions idle past the timeout, freeing their seats at once, unless "disable auto
 * timeout" is set. A bean owns the timer; views own none.
 */
@Component
class IdleSessionSweeper {

    private final Admissions admissions;
    private final SessionPolicies policies;

    IdleSessionSweeper(Admissions admissions, SessionPolicies policies) {
        this.admissions = admissions;
        this.policies = policies;
    }

    @Scheduled(
            fixedDelayString = "${seatkeeper.sessions.sweep-every:" + SessionSettings.SWEEP_EVERY + "}",
            initialDelayString = "15s")
    int sweep() {
        SessionPolicy policy = policies.current();
        return policy.autoTimeoutDisabled() ? 0 : admissions.endIdleSessions(policy.idleTimeout());
    }
}
