package org.seatkeeper.audit;

import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.SqlConditions;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the administration log (rule 12): a page at a time for the grid, and the whole filtered
 * log as CSV streamed from the database to the response.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class AdministrationLog {

    static final String[] CSV_HEADER = {"Date and time", "Changed by", "What", "Subject", "Before", "After", "Reason"};
    /** How the reason was glued onto the state before until it got its own column. */
    private static final Pattern GLUED_REASON = Pattern.compile("(?s)(.*) \\(reason: (.*)\\)");

    private final LogTable<AdminChangeRow> table;

    AdministrationLog(JdbcClient jdbc) {
        this.table = new LogTable<>(
                jdbc,
                "admin_change_log",
                "id, changed_at, actor, what, subject, before_state, after_state, reason",
                "changed_at",
                Map.of("at", "changed_at", "actor", "actor", "what", "what", "subject", "subject"),
                AdministrationLog::row);
    }

    public List<AdminChangeRow> page(AdminChangeFilter filter, Pageable page) {
        return table.page(conditions(filter), page);
    }

    public long count(AdminChangeFilter filter) {
        return table.count(conditions(filter));
    }

    /** Writes the filtered log as CSV, oldest first. */
    public void exportCsv(AdminChangeFilter filter, Writer out) {
        try (CsvExport csv = new CsvExport(out, CSV_HEADER)) {
            table.stream(
                    conditions(filter),
                    row -> csv.row(
                            row.at(), row.actor(), row.what(), row.subject(), row.before(), row.after(), row.reason()));
        }
    }

    private static SqlConditions conditions(AdminChangeFilter filter) {
        return new SqlConditions()
                .atOrAfter("changed_at", filter.from())
                .before("changed_at", filter.to())
                .equal("actor", filter.actor())
                .contains(filter.keyword(), "what", "subject");
    }

    private static AdminChangeRow row(ResultSet rs, int n) throws SQLException {
        String before = rs.getString("before_state");
        String reason = rs.getString("reason");
        if (reason == null && before != null) {
            Matcher glued = GLUED_REASON.matcher(before);
            if (glued.matches()) {
                before = glued.group(1);
                reason = glued.group(2);
            }
        }
        return new AdminChangeRow(
                rs.getLong("id"),
                DatabaseTime.instant(rs, "changed_at"),
                rs.getString("actor"),
                rs.getString("what"),
                rs.getString("subject"),
                before,
                rs.getString("after_state"),
                reason);
    }
}
