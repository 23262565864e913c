package org.seatkeeper.audit;

import org.seatkeeper.shared.DatabaseTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filter parts, with its bind arguments. */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    Conditions atOrAfter(String column, Instant from) {
        return from == null ? this : add(column + " >= ?", DatabaseTime.parameter(from));
    }

    Conditions before(String column, Instant to) {
        return to == null ? this : add(column + " < ?", DatabaseTime.parameter(to));
    }

    Conditions greater(String column, long value) {
        return add(column + " > ?", value);
    }

    Conditions equal(String column, Object value) {
        return value == null ? this : add(column + " = ?", value);
    }

    /** Case-insensitive "contains" over one or more columns, with LIKE wildcards in the keyword escaped. */
    Conditions contains(String keyword, String... columns) {
        if (keyword == null) {
            return this;
        }
        String like = "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> ors = new ArrayList<>();
        for (String column : columns) {
            ors.add(column + " LIKE ?");
            args.add(like);
        }
        clauses.add("(" + String.join(" OR ", ors) + ")");
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    List<Object> args() {
        return List.copyOf(args);
    }

    private Conditions add(String clause, Object arg) {
        clauses.add(clause);
        args.add(arg);
        return this;
    }
}
