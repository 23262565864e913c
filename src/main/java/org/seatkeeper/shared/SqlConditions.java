package org.seatkeeper.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A WHERE clause built from optional filter parts, with its positional bind arguments for
 * {@code JdbcClient}: the one condition builder of the plain-SQL lists (the logs, the user list).
 */
public final class SqlConditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    /** The keyword as a LIKE pattern that matches it literally: {@code \}, {@code %} and {@code _} escaped. */
    public static String likeLiteral(String keyword) {
        return keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public SqlConditions atOrAfter(String column, Instant from) {
        return from == null ? this : add(column + " >= ?", DatabaseTime.parameter(from));
    }

    public SqlConditions before(String column, Instant to) {
        return to == null ? this : add(column + " < ?", DatabaseTime.parameter(to));
    }

    public SqlConditions greater(String column, long value) {
        return add(column + " > ?", value);
    }

    public SqlConditions equal(String column, Object value) {
        return value == null ? this : add(column + " = ?", value);
    }

    /** Case-insensitive "contains" over one or more columns, with LIKE wildcards in the keyword escaped. */
    public SqlConditions contains(String keyword, String... columns) {
        if (keyword == null) {
            return this;
        }
        String like = "%" + likeLiteral(keyword) + "%";
        List<String> ors = new ArrayList<>();
        for (String column : columns) {
            ors.add(column + " LIKE ?");
            args.add(like);
        }
        clauses.add("(" + String.join(" OR ", ors) + ")");
        return this;
    }

    /** A condition of the caller's own, with one argument for each of its {@code ?}. */
    public SqlConditions add(String clause, Object... clauseArgs) {
        clauses.add(clause);
        args.addAll(Arrays.asList(clauseArgs));
        return this;
    }

    /** {@code " WHERE a AND b"}, or nothing when no part was given. */
    public String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public List<Object> args() {
        return List.copyOf(args);
    }
}
