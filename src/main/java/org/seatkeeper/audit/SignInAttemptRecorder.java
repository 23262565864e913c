package org.seatkeeper.audit;

import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes every sign-in attempt to the access log (rule 12). A plain INSERT, which joins whatever
 * transaction the publisher runs in, JPA or not, so that a seat grant or release and its log row
 * commit together; outside a transaction it commits on its own.
 */
@Component
class SignInAttemptRecorder {

    private final JdbcClient jdbc;

    SignInAttemptRecorder(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @EventListener
    void on(SignInAttempt attempt) {
        jdbc.sql("""
                        INSERT INTO access_log (attempted_at, username, ip, success, reason, browser, client)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(DatabaseTime.parameter(attempt.at()), cut(attempt.username() == null ? "" : attempt.username(), 100),
                        cut(attempt.ip(), 45), attempt.success(), cut(attempt.reason(), 200), cut(attempt.browser(), 500),
                        cut(attempt.client(), 100))
                .update();
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
