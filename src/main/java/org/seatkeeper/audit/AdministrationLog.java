package org.seatkeeper.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seatkeeper.directory.Roles;
import org.seatkeeper.shared.RefusedException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the administration log (rule 12): a page at a time for the grid, and the whole filtered
 * log as CSV streamed straight from a database cursor to the response, so a million rows never sit
 * in memory. Plain SQL here because paging, filtering and streaming are the whole job.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class AdministrationLog {

    static final String[] CSV_HEADER = {"Date and time", "Changed by", "What", "Subject", "Before", "After"};
    private static final int STREAM_FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    AdministrationLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AdminChangeRow> page(AdminChangeFilter filter, Pageable page) {
        Query query = Query.of(filter);
        String sql = "SELECT id, changed_at, actor, what, subject, before_state, after_state FROM admin_change_log"
                + query.where() + " ORDER BY " + orderBy(page.getSort()) + " LIMIT ? OFFSET ?";
        List<Object> args = new ArrayList<>(query.args());
        args.add(page.getPageSize());
        args.add(page.getOffset());
        return jdbc.query(sql, ROW, args.toArray());
    }

    public long count(AdminChangeFilter filter) {
        Query query = Query.of(filter);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM admin_change_log" + query.where(), Long.class,
                query.args().toArray());
        return count == null ? 0 : count;
    }

    /** Writes the filtered log as CSV, oldest first, row by row from the database. */
    public void exportCsv(AdminChangeFilter filter, Writer out) {
        Query query = Query.of(filter);
        String sql = "SELECT id, changed_at, actor, what, subject, before_state, after_state FROM admin_change_log"
                + query.where() + " ORDER BY changed_at, id";
        try {
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(out);
            jdbc.query(connection -> {
                var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(STREAM_FETCH_SIZE);
                for (int i = 0; i < query.args().size(); i++) {
                    statement.setObject(i + 1, query.args().get(i));
                }
                return statement;
            }, (ResultSet rs) -> {
                AdminChangeRow row = ROW.mapRow(rs, 0);
                try {
                    csv.printRecord(row.at(), row.actor(), row.what(), row.subject(), row.before(), row.after());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return "changed_at DESC, id DESC";
        }
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = switch (order.getProperty()) {
                case "at" -> "changed_at";
                case "actor" -> "actor";
                case "what" -> "what";
                case "subject" -> "subject";
                default -> throw new RefusedException("The log cannot be sorted by " + order.getProperty() + ".");
            };
            parts.add(column + (order.isAscending() ? " ASC" : " DESC"));
        }
        parts.add("id DESC");
        return String.join(", ", parts);
    }

    private static final RowMapper<AdminChangeRow> ROW = (rs, n) -> new AdminChangeRow(rs.getLong("id"),
            instant(rs, "changed_at"), rs.getString("actor"), rs.getString("what"), rs.getString("subject"),
            rs.getString("before_state"), rs.getString("after_state"));

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private record Query(String where, List<Object> args) {

        static Query of(AdminChangeFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (filter.from() != null) {
                conditions.add("changed_at >= ?");
                args.add(Timestamp.from(filter.from()));
            }
            if (filter.to() != null) {
                conditions.add("changed_at < ?");
                args.add(Timestamp.from(filter.to()));
            }
            if (filter.actor() != null) {
                conditions.add("actor = ?");
                args.add(filter.actor());
            }
            if (filter.keyword() != null) {
                conditions.add("(what LIKE ? OR subject LIKE ?)");
                String like = "%" + filter.keyword().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                args.add(like);
                args.add(like);
            }
            return new Query(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
        }
    }
}
