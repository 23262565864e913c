package org.seatkeeper.audit;

import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reading the administration log (rule 12): a page at a time for the grid, and the whole filtered
 * log as CSV streamed from the database to the response.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class AdministrationLog {

    /** The CSV's columns as bundle keys: the header is in the reader's language. */
    static final List<String> CSV_HEADER = List.of(
            "audit.admin.csv.at",
            "audit.admin.csv.actor",
            "audit.admin.csv.what",
            "audit.admin.csv.subject",
            "audit.admin.csv.before",
            "audit.admin.csv.after",
            "audit.admin.csv.reason");
    /** How the reason was glued onto the state before until it got its own column. */
    private static final Pattern GLUED_REASON = Pattern.compile("(?s)(.*) \\(reason: (.*)\\)");

    private final LogTable<AdminChangeRow> table;
    private final Texts texts;

    AdministrationLog(JdbcClient jdbc, Texts texts) {
        this.texts = texts;
        this.table = new LogTable<>(
                jdbc,
                "admin_change_log",
                "id, changed_at, actor, what, what_code, what_args, subject, before_state, after_state, reason",
                "changed_at",
                Map.of("at", "changed_at", "actor", "actor", "what", "COALESCE(what_code, what)", "subject", "subject"),
                AdministrationLog::row);
    }

    public List<AdminChangeRow> page(AdminChangeFilter filter, Pageable page) {
        return table.page(conditions(filter), page);
    }

    public long count(AdminChangeFilter filter) {
        return table.count(conditions(filter));
    }

    /**
     * Writes the filtered log as CSV, oldest first, its words in a language (the kinds of subjects, the
     * field names and fixed values of the records, too) and its times ISO 8601 in UTC.
     */
    public void exportCsv(AdminChangeFilter filter, Writer out, Language language) {
        LogText.Words words = (key, args) -> texts.text(language, key, args);
        try (CsvExport csv = new CsvExport(out, CsvExport.header(texts, language, CSV_HEADER))) {
            table.stream(
                    conditions(filter),
                    row -> csv.row(
                            CsvExport.time(row.at()),
                            row.actor(),
                            row.what().in(words),
                            row.subject(words),
                            ChangeVocabulary.record(row.before(), words),
                            ChangeVocabulary.record(row.after(), words),
                            row.reason()));
        }
    }

    private SqlConditions conditions(AdminChangeFilter filter) {
        SqlConditions conditions = new SqlConditions()
                .atOrAfter("changed_at", filter.from())
                .before("changed_at", filter.to())
                .equal("actor", filter.actor());
        if (filter.keyword() == null) {
            return conditions;
        }
        // A coded change is found by its words in either language, as a reader of either may search for it.
        String like = "%" + SqlConditions.likeLiteral(filter.keyword()) + "%";
        List<ChangeKind> kinds = kindsSaying(filter.keyword());
        // new rows by their code, rows written before the codes by their kind's English phrase
        String inCodes = kinds.isEmpty()
                ? ""
                : " OR what_code IN (" + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ")"
                        + " OR (what_code IS NULL AND what IN ("
                        + String.join(", ", Collections.nCopies(kinds.size(), "?")) + "))";
        // and a subject by the words of its kind in either language ("användare" finds "user jdoe (Jane Doe)")
        List<String> subjects = subjectsSaying(filter.keyword());
        String inSubjects = " OR subject LIKE ?".repeat(subjects.size());
        List<Object> args = new ArrayList<>(List.of(like, like));
        kinds.forEach(kind -> args.add(kind.code()));
        kinds.forEach(kind -> args.add(kind.english));
        args.addAll(subjects);
        return conditions.add("(what LIKE ? OR subject LIKE ?" + inCodes + inSubjects + ")", args.toArray());
    }

    /** The stored beginnings (as LIKE patterns) of the kinds of subject whose words contain the keyword. */
    private List<String> subjectsSaying(String keyword) {
        String wanted = keyword.toLowerCase(Locale.ROOT);
        return Arrays.stream(ChangeVocabulary.Subject.values())
                .filter(kind -> Arrays.stream(Language.values())
                        .anyMatch(language -> texts.text(language, kind.key, "", "")
                                .toLowerCase(Locale.ROOT)
                                .contains(wanted)))
                .map(kind -> SqlConditions.likeLiteral(kind.storedBeginning()) + "%")
                .toList();
    }

    private List<ChangeKind> kindsSaying(String keyword) {
        String wanted = keyword.toLowerCase(Locale.ROOT);
        return Arrays.stream(ChangeKind.values())
                .filter(kind -> Arrays.stream(Language.values())
                        .anyMatch(language -> texts.text(language, kind.key)
                                .toLowerCase(Locale.ROOT)
                                .contains(wanted)))
                .toList();
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
                LogText.change(rs.getString("what_code"), rs.getString("what_args"), rs.getString("what")),
                rs.getString("subject"),
                before,
                rs.getString("after_state"),
                reason);
    }
}
