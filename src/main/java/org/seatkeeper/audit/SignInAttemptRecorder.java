package org.seatkeeper.audit;

import org.seatkeeper.shared.SignInAttempt;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes every sign-in attempt to the access log (rule 12). A plain INSERT, which joins whatever
 * transaction the publisher runs in, JPA or not; outside a transaction it commits on its own. Attempts
 * whose row the seat procedures wrote already, in the transaction that took or gave back the seat, are
 * skipped.
 */
@Component
class SignInAttemptRecorder {

    private final JdbcClient jdbc;
    private final AccessLogRows rows;

    SignInAttemptRecorder(JdbcClient jdbc, AccessLogRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventListener
    void on(SignInAttempt attempt) {
        if (attempt.recorded()) {
            return;
        }
        jdbc.sql(rows.insert()).params(rows.values(attempt)).update();
    }
}
