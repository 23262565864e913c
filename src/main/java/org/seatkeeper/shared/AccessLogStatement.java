package org.seatkeeper.shared;

import java.util.List;

/**
 * The access log's row as a statement another module's stored procedure runs (rule 12): the seat take and
 * release write their log row inside the one procedure call that commits the seat, so a seat request costs
 * one round trip (docs/decisions/0031-one-round-trip-per-seat-request.md). The audit module owns the table,
 * the row's shape and its signature; the caller only places the INSERT in its procedure and passes the
 * values, then publishes the attempt {@link SignInAttempt#asRecorded() as recorded}.
 */
public interface AccessLogStatement {

    /** The SQL type of each value of a row, in order, for a procedure's parameter list. */
    List<String> types();

    /** The INSERT of one row whose values are these expressions (a procedure's parameters), in order. */
    String insert(List<String> values);

    /** The values of this attempt's row, signed, in the order of {@link #types()}. */
    List<Object> values(SignInAttempt attempt);
}
