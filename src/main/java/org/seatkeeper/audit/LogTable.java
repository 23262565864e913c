package org.seatkeeper.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.SqlConditions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Paging, counting and streaming over one append-only log table, with filtering and sorting in the
 * database. Streaming reads through a forward-only cursor with a fetch size, so exporting a million
 * rows holds one batch in memory, not the table.
 */
final class LogTable<R> {

    private static final int STREAM_FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final String select;
    private final String table;
    private final String timeColumn;
    private final Map<String, String> sortableColumns;
    private final RowMapper<R> mapper;

    LogTable(
            JdbcClient jdbc,
            String table,
            String columns,
            String timeColumn,
            Map<String, String> sortableColumns,
            RowMapper<R> mapper) {
        this.jdbc = jdbc;
        this.select = "SELECT " + columns + " FROM " + table;
        this.table = table;
        this.timeColumn = timeColumn;
        this.sortableColumns = sortableColumns;
        this.mapper = mapper;
    }

    List<R> page(SqlConditions conditions, Pageable page) {
        List<Object> args = new ArrayList<>(conditions.args());
        args.add(page.getPageSize());
        args.add(page.getOffset());
        return jdbc.sql(select + conditions.where() + " ORDER BY " + orderBy(page.getSort()) + " LIMIT ? OFFSET ?")
                .params(args)
                .query(mapper)
                .list();
    }

    long count(SqlConditions conditions) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + conditions.where())
                .params(conditions.args())
                .query(Long.class)
                .single();
    }

    /** Hands every matching row, oldest first, to {@code each} while reading them from the database. */
    void stream(SqlConditions conditions, Consumer<R> each) {
        jdbc.sql(select + conditions.where() + " ORDER BY " + timeColumn + ", id")
                .withFetchSize(STREAM_FETCH_SIZE)
                .params(conditions.args())
                .query((RowCallbackHandler) rs -> each.accept(mapper.mapRow(rs, 0)));
    }

    private String orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return timeColumn + " DESC, id DESC";
        }
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = sortableColumns.get(order.getProperty());
            if (column == null) {
                throw new RefusedException(AuditRefusal.SORT_UNKNOWN, order.getProperty());
            }
            parts.add(column + (order.isAscending() ? " ASC" : " DESC"));
        }
        parts.add("id DESC");
        return String.join(", ", parts);
    }
}
