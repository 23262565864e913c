package org.seatkeeper.sessions;

import java.util.HashSet;
import java.util.Set;
import org.seatkeeper.shared.AccessLogStatement;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the seat pools' stored procedures ({@link SeatProcedure}) that are missing, at every start, after
 * Liquibase and before the web server takes its first request, outside any transaction: CREATE PROCEDURE
 * commits whatever transaction it runs in. They exist already unless this version of the application is
 * new to the database, and then nothing is created: MariaDB refuses even {@code CREATE PROCEDURE IF NOT
 * EXISTS} of an existing procedure to an account without CREATE ROUTINE, so only a new version needs that
 * privilege, as a new changeset does.
 */
@Component
class SeatProcedures implements SmartInitializingSingleton {

    private final JdbcClient jdbc;
    private final SeatStatements recording;
    private final SeatStatements notRecording;

    /** Recording the usage history, always but in the usage benchmark's phases without it. */
    private volatile SeatStatements current;

    SeatProcedures(JdbcClient jdbc, AccessLogStatement log) {
        this.jdbc = jdbc;
        this.recording = SeatStatements.build(true, log);
        this.notRecording = SeatStatements.build(false, log);
        this.current = recording;
    }

    @Override
    public void afterSingletonsInstantiated() {
        install(recording);
    }

    /** The statements every take and release uses now. */
    SeatStatements current() {
        return current;
    }

    /** The statements with the usage history's recording, or without it. */
    SeatStatements statements(boolean recorded) {
        return recorded ? recording : notRecording;
    }

    /** The usage benchmark's switch: its phases without recording take and give back seats without it. */
    void use(boolean recorded) {
        SeatStatements chosen = statements(recorded);
        install(chosen);
        current = chosen;
    }

    /** Creates these statements' procedures that are missing; another node may be creating them too. */
    void install(SeatStatements statements) {
        Set<String> present = new HashSet<>(jdbc.sql("""
                        SELECT ROUTINE_NAME FROM information_schema.ROUTINES
                        WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE = 'PROCEDURE'""").query(String.class).list());
        for (SeatProcedure procedure : statements.procedures()) {
            if (!present.contains(procedure.name())) {
                create(procedure);
            }
        }
    }

    private void create(SeatProcedure procedure) {
        try {
            jdbc.sql(procedure.create()).update();
        } catch (DataAccessException refused) {
            throw new IllegalStateException(
                    "Cannot create the stored procedure " + procedure.name() + ", which this version of Seatkeeper"
                            + " takes and gives back seats with: the database account needs the CREATE ROUTINE"
                            + " privilege on its schema (README \"An external MariaDB\"). The database said: "
                            + refused.getMostSpecificCause().getMessage(),
                    refused);
        }
    }
}
