package org.seatkeeper.audit;

import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.SqlConditions;
import org.seatkeeper.shared.Texts;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the access log of sign-in attempts (rules 6 and 12; seed 003's log-on history): a page at
 * a time for the grid, and CSV streamed from the database with seed 003's columns first.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class AccessLog {

    /** The CSV's columns, seed 003's first, as bundle keys: the header is in the reader's language. */
    static final List<String> CSV_HEADER = List.of(
            "audit.access.csv.username",
            "audit.access.csv.at",
            "audit.access.csv.ip",
            "audit.access.csv.outcome",
            "audit.access.csv.browser",
            "audit.access.csv.reason",
            "audit.access.csv.client");

    private final LogTable<AccessLogRow> table;
    private final JdbcClient jdbc;
    private final Texts texts;

    AccessLog(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.table = new LogTable<>(
                jdbc,
                "access_log",
                "id, attempted_at, username, ip, success, reason, reason_code, reason_args, browser, client",
                "attempted_at",
                Map.of(
                        "at",
                        "attempted_at",
                        "username",
                        "username",
                        "ip",
                        "ip",
                        "outcome",
                        "success",
                        "reason",
                        "COALESCE(reason_code, reason)",
                        "client",
                        "client"),
                AccessLog::row);
    }

    public List<AccessLogRow> page(AccessLogFilter filter, Pageable page) {
        return table.page(conditions(filter), page);
    }

    public long count(AccessLogFilter filter) {
        return table.count(conditions(filter));
    }

    /** The id of the newest entry, 0 when the log is empty: where "new entries" begin for a page just read. */
    public long newestId() {
        return newestId(jdbc);
    }

    /** How many entries newer than {@code afterId} the filter shows: the live view's "3 new entries". */
    public long countNewer(AccessLogFilter filter, long afterId) {
        return table.count(conditions(filter).greater("id", afterId));
    }

    static long newestId(JdbcClient jdbc) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM access_log")
                .query(Long.class)
                .single();
    }

    /** Writes the filtered log as CSV, oldest first, its words in a language and its times ISO 8601 in UTC. */
    public void exportCsv(AccessLogFilter filter, Writer out, Language language) {
        try (CsvExport csv = new CsvExport(out, CsvExport.header(texts, language, CSV_HEADER))) {
            table.stream(
                    conditions(filter),
                    row -> csv.row(
                            row.username(),
                            CsvExport.time(row.at()),
                            row.ip(),
                            texts.text(language, row.outcomeKey()),
                            row.browser(),
                            row.reason().in(texts, language),
                            row.client()));
        }
    }

    private static SqlConditions conditions(AccessLogFilter filter) {
        return new SqlConditions()
                .atOrAfter("attempted_at", filter.from())
                .before("attempted_at", filter.to())
                .equal("username", filter.username())
                .equal("success", filter.success());
    }

    private static AccessLogRow row(ResultSet rs, int n) throws SQLException {
        return new AccessLogRow(
                rs.getLong("id"),
                DatabaseTime.instant(rs, "attempted_at"),
                rs.getString("username"),
                rs.getString("ip"),
                rs.getBoolean("success"),
                LogText.accessReason(rs.getString("reason_code"), rs.getString("reason_args"), rs.getString("reason")),
                rs.getString("browser"),
                rs.getString("client"));
    }
}
