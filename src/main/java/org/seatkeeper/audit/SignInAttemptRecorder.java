package org.seatkeeper.audit;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes every sign-in attempt to the access log (rule 12). A plain INSERT, which joins whatever
 * transaction the publisher runs in, JPA or not, so that a seat grant or release and its log row
 * commit together; outside a transaction it commits on its own. The row is signed as it is written
 * (no extra round trip, no lock); {@link LogSealer} chains it soon after.
 */
@Component
class SignInAttemptRecorder {

    private final JdbcClient jdbc;
    private final SigningKey key;

    SignInAttemptRecorder(JdbcClient jdbc, SigningKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    @EventListener
    void on(SignInAttempt attempt) {
        // the column keeps milliseconds: sign what it will hold
        LocalDateTime at = DatabaseTime.parameter(attempt.at().truncatedTo(ChronoUnit.MILLIS));
        String username = cut(attempt.username() == null ? "" : attempt.username(), 100);
        String ip = cut(attempt.ip(), 45);
        // the short English reason of the sign-in paths becomes codes; words outside that vocabulary stay words
        LoggedCode coded = AccessReason.of(attempt.reason()).orElse(null);
        String reason = coded == null ? cut(attempt.reason() == null ? "" : attempt.reason(), 200) : null;
        String reasonCode = coded == null ? null : coded.code();
        String reasonArgs = coded == null ? null : LoggedArgs.json(coded.args());
        String browser = cut(attempt.browser(), 500);
        String client = cut(attempt.client(), 100);
        String mac = key.sign(ChainedLog.access(
                at, username, ip, attempt.success(), reason, browser, client, reasonCode, reasonArgs));
        jdbc.sql("""
                        INSERT INTO access_log (attempted_at, username, ip, success, reason, browser, client,
                                                reason_code, reason_args, row_mac)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(at, username, ip, attempt.success(), reason, browser, client, reasonCode, reasonArgs, mac)
                .update();
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
