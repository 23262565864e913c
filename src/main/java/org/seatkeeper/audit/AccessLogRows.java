package org.seatkeeper.audit;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.seatkeeper.shared.AccessLogStatement;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.stereotype.Component;

/**
 * One access-log row of a sign-in attempt (rule 12), signed as it is written (no extra round trip, no
 * lock; {@link LogSealer} chains it soon after): for this module's own INSERT and for the seat procedures,
 * which write it in the transaction that takes or gives back the seat.
 */
@Component
class AccessLogRows implements AccessLogStatement {

    private static final String COLUMNS =
            "attempted_at, username, ip, success, reason, browser, client, reason_code, reason_args, row_mac";

    /** Wide enough for every column: the columns' own lengths refuse what is too long, as for any INSERT. */
    private static final List<String> TYPES =
            List.of("DATETIME(3)", "TEXT", "TEXT", "BOOLEAN", "TEXT", "TEXT", "TEXT", "TEXT", "TEXT", "TEXT");

    private final SigningKey key;
    /** This module's own INSERT, with one placeholder per value: built once, every attempt runs it. */
    private final String insert = insert(Collections.nCopies(TYPES.size(), "?"));

    AccessLogRows(SigningKey key) {
        this.key = key;
    }

    @Override
    public List<String> types() {
        return TYPES;
    }

    @Override
    public String insert(List<String> values) {
        if (values.size() != TYPES.size()) {
            throw new IllegalArgumentException(
                    "An access-log row has " + TYPES.size() + " values, not " + values.size());
        }
        return "INSERT INTO access_log (" + COLUMNS + ") VALUES (" + String.join(", ", values) + ")";
    }

    /** The INSERT with one placeholder per value. */
    String insert() {
        return insert;
    }

    @Override
    public List<Object> values(SignInAttempt attempt) {
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
        // Arrays.asList: the values may be null
        return Arrays.asList(at, username, ip, attempt.success(), reason, browser, client, reasonCode, reasonArgs, mac);
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
