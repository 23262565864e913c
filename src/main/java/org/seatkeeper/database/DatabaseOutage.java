package org.seatkeeper.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, network gone) from
 * other failures, whichever layer wrapped it (Hikari, Hibernate, Spring): somewhere among its causes is
 * a connection error, SQL state class 08, or a refused socket. A wait for a pooled connection that ran
 * out while the database answers (a burst) is not an outage: Hikari then has no connection failure to
 * attach. Callers answer an outage with "the database is unavailable, try again", not as a fault of
 * the request nor as an incident.
 */
public final class DatabaseOutage {

    /** The portal's one sentence for it, to which each place adds what it means there. */
    public static final String EXPLANATION = "The licence server cannot reach its database at the moment.";

    private DatabaseOutage() {}

    public static boolean explains(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 50; depth++, t = t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
