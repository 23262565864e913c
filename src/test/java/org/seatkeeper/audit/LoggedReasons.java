package org.seatkeeper.audit;

import java.util.List;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log's reasons as an English reader sees them, for tests that check what was logged: the log
 * stores codes (ADR 0029), the tests read better in words.
 */
public final class LoggedReasons {

    private static final Texts TEXTS = new Texts();

    private LoggedReasons() {}

    /** The reasons of the rows the query selects; it must select reason, reason_code and reason_args. */
    public static List<String> english(JdbcTemplate jdbc, String query, Object... args) {
        return jdbc.query(
                query,
                (rs, n) -> LogText.accessReason(
                                rs.getString("reason_code"), rs.getString("reason_args"), rs.getString("reason"))
                        .in(TEXTS, Language.ENGLISH),
                args);
    }
}
