package org.seatkeeper.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in plain-JDBC reads and parameters, stored as Hibernate stores them: the UTC wall clock in
 * a TIMESTAMP column. {@code ResultSet.getTimestamp} and {@code Timestamp.from} would use the JVM's
 * zone instead, and be hours off on any server not running in UTC.
 */
public final class DatabaseTime {

    private DatabaseTime() {}

    /** The column's instant, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** A query parameter for a TIMESTAMP column. */
    public static LocalDateTime parameter(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
