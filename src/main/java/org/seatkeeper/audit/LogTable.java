package org.seatkeeper.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.seatkeeper.shared.RefusedException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Paging, counting and streaming over one append-only log table, with filtering and sorting in the
 * database. Streaming reads through a forward-only cursor with a fetch size, so exporting a million
 * rows holds one batch in memory, not the table.
 */
final class LogTable<R> {

    private static final int STREAM_FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final String select;
    private final String table;
    private final String timeColumn;
    private final Map<String, String> sortableColumns;
    private final RowMapper<R> mapper;

    LogTable(JdbcTemplate jdbc, String table, String columns, String timeColumn, Map<String, String> sortableColumns,
             RowMapper<R> mapper) {
        this.jdbc = jdbc;
        this.select = "SELECT " + columns + " FROM " + table;
        this.table = table;
        this.timeColumn = timeColumn;
        this.sortableColumns = sortableColumns;
        this.mapper = mapper;
    }

    List<R> page(Conditions conditions, Pageable page) {
        List<Object> args = new ArrayList<>(conditions.args());
        args.add(page.getPageSize());
        args.add(page.getOffset());
        return jdbc.query(select + conditions.where() + " ORDER BY " + orderBy(page.getSort()) + " LIMIT ? OFFSET ?",
                mapper, args.toArray());
    }

    long count(Conditions conditions) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + conditions.where(), Long.class,
                conditions.args().toArray());
        return count == null ? 0 : count;
    }

    /** Hands every matching row, oldest first, to {@code each} while reading them from the database. */
    void stream(Conditions conditions, Consumer<R> each) {
        String sql = select + conditions.where() + " ORDER BY " + timeColumn + ", id";
        List<Object> args = conditions.args();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(STREAM_FETCH_SIZE);
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, (ResultSet rs) -> each.accept(mapper.mapRow(rs, 0)));
    }

    private String orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return timeColumn + " DESC, id DESC";
        }
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = sortableColumns.get(order.getProperty());
            if (column == null) {
                throw new RefusedException("The log cannot be sorted by " + order.getProperty() + ".");
            }
            parts.add(column + (order.isAscending() ? " ASC" : " DESC"));
        }
        parts.add("id DESC");
        return String.join(", ", parts);
    }
}
