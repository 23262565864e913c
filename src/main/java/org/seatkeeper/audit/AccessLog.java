package org.seatkeeper.audit;

import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.SqlConditions;
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

    static final String[] CSV_HEADER = {
        "Username", "Date and time", "IP address", "Outcome", "Browser", "Reason", "Client"
    };

    private final LogTable<AccessLogRow> table;
    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new LogTable<>(
                jdbc,
                "access_log",
                "id, attempted_at, username, ip, success, reason, browser, client",
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
                        "reason",
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

    /** Writes the filtered log as CSV, oldest first. */
    public void exportCsv(AccessLogFilter filter, Writer out) {
        try (CsvExport csv = new CsvExport(out, CSV_HEADER)) {
            table.stream(
                    conditions(filter),
                    row -> csv.row(
                            row.username(),
                            row.at(),
                            row.ip(),
                            row.outcome(),
                            row.browser(),
                            row.reason(),
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
                rs.getString("reason"),
                rs.getString("browser"),
                rs.getString("client"));
    }
}
