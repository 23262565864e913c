package org.seatkeeper.audit;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every administrative change synchronously, inside the transaction that made it: if the
 * change rolls back, so does its log entry, and a change is never committed without one. The row is
 * signed as it is written; {@link LogSealer} chains it soon after.
 * See docs/decisions/0001-feature-modules.md and 0020-tamper-evident-logs.md.
 */
@Component
class AdministrativeChangeRecorder {

    static final int TEXT_LIMIT = 60_000;

    private final JdbcClient jdbc;
    private final SigningKey key;

    AdministrativeChangeRecorder(JdbcClient jdbc, SigningKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    @EventListener
    void on(AdministrativeChange change) {
        LocalDateTime at = DatabaseTime.parameter(change.at().truncatedTo(ChronoUnit.MILLIS));
        String actor = cut(change.actor(), 100);
        // the English phrase of the publishing module becomes its kind's code; an unknown phrase stays words
        ChangeKind kind = ChangeKind.ofEnglish(change.what()).orElse(null);
        String what = kind == null ? cut(change.what(), 200) : null;
        String whatCode = kind == null ? null : kind.code();
        String subject = cut(change.subject(), 300);
        String before = cut(change.before(), TEXT_LIMIT);
        String after = cut(change.after(), TEXT_LIMIT);
        String reason = cut(change.reason(), 1000);
        String mac =
                key.sign(ChainedLog.administration(at, actor, what, subject, before, after, reason, whatCode, null));
        jdbc.sql("""
                        INSERT INTO admin_change_log (changed_at, actor, what, subject, before_state, after_state, reason,
                                                      what_code, what_args, row_mac)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(at, actor, what, subject, before, after, reason, whatCode, null, mac)
                .update();
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
