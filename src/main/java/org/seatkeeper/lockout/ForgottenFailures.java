package org.seatkeeper.lockout;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the failure counts that no longer count: a username's after "forget failures after" with no
 * lock running, an address's after its window with no pause running. Names typed once by someone
 * guessing would otherwise stay for ever. Any node may run it; a delete done twice changes nothing.
 */
@Component
class ForgottenFailures {

    static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final SignInLockouts lockouts;
    private final Clock clock;

    ForgottenFailures(JdbcClient jdbc, SignInLockouts lockouts, Clock clock) {
        this.jdbc = jdbc;
        this.lockouts = lockouts;
        this.clock = clock;
    }

    /** @return how many rows were deleted */
    @Scheduled(
            initialDelayString = "PT10M",
            fixedDelayString = "${seatkeeper.lockout.forget-every:" + LockoutJobSettings.FORGET_EVERY + "}")
    int forget() {
        LockoutSettings settings = lockouts.settings();
        Instant now = clock.instant();
        LocalDateTime at = DatabaseTime.parameter(now);
        LocalDateTime names = DatabaseTime.parameter(now.minus(settings.forgetAfter()));
        LocalDateTime addresses = DatabaseTime.parameter(now.minus(settings.addressWindow()));
        int deleted = 0;
        int batch;
        // In batches, so that no delete holds many row locks while sign-ins count their failures.
        do {
            batch = jdbc.sql("DELETE FROM sign_in_account_failure WHERE last_failure_at < ?"
                            + " AND (locked_until IS NULL OR locked_until <= ?) LIMIT " + BATCH)
                    .params(names, at)
                    .update();
            deleted += batch;
        } while (batch == BATCH);
        do {
            batch = jdbc.sql("DELETE FROM sign_in_address_failure WHERE window_start < ?"
                            + " AND (paused_until IS NULL OR paused_until <= ?) LIMIT " + BATCH)
                    .params(addresses, at)
                    .update();
            deleted += batch;
        } while (batch == BATCH);
        return deleted;
    }
}
