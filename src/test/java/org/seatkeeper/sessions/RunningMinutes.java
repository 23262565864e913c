package org.seatkeeper.sessions;

import java.time.LocalDateTime;
import java.util.Collections;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tests' door to the usage history's running minute in the pool rows ({@link RunningMinute}). */
public final class RunningMinutes {

    private RunningMinutes() {}

    /** Writes out the minute every pool's row holds, with the application's own statement, starting none. */
    public static void writeOut(JdbcTemplate jdbc) {
        new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()))
                .executeWithoutResult(tx -> jdbc.update(
                        RunningMinute.WRITE_OUT_HELD_BEFORE,
                        Collections.nCopies(RunningMinute.POOLS, LocalDateTime.of(9999, 12, 31, 0, 0))
                                .toArray()));
    }

    /** The usage benchmark's switch between its phases with and without recording. */
    public static void record(SeatPools seatPools, boolean recording) {
        seatPools.recordUsage(recording);
    }
}
