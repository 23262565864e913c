package org.seatkeeper.sessions;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the seat pools' stored procedures ({@link SeatProcedure}) at every start, after Liquibase and
 * before the web server takes its first request, outside any transaction: CREATE PROCEDURE commits
 * whatever transaction it runs in. Each exists already unless this version of the application is new to
 * the database, so a start usually only costs one statement per procedure. The database account needs
 * CREATE ROUTINE, as Liquibase's changelog does.
 */
@Component
class SeatProcedures implements SmartInitializingSingleton {

    private final JdbcClient jdbc;

    SeatProcedures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        install(SeatStatements.RECORDING);
    }

    /** Creates these statements' procedures that are missing. */
    void install(SeatStatements statements) {
        for (SeatProcedure procedure : statements.procedures()) {
            jdbc.sql(procedure.create()).update();
        }
    }
}
