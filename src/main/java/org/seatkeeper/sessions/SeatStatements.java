package org.seatkeeper.sessions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL of every change to a {@code seat_pool} row, generated once: each UPDATE carries the usage
 * history's running minute ({@link RunningMinute}), or, built without recording, none of it (only for the
 * usage benchmark, which compares the two in one run). The take and the release, which every admission
 * runs, are stored procedures ({@link SeatProcedure}); a capacity change, rare, is a compound statement.
 */
record SeatStatements(
        Map<AdmissionClass, SeatProcedure> takeAndCommit,
        SeatProcedure release,
        SeatProcedure releaseAndCommit,
        String capacity) {

    static final SeatStatements RECORDING = build(true);
    static final SeatStatements NOT_RECORDING = build(false);

    private static SeatStatements build(boolean recording) {
        Map<AdmissionClass, SeatProcedure> take = new EnumMap<>(AdmissionClass.class);
        for (AdmissionClass admissionClass : AdmissionClass.values()) {
            take.put(
                    admissionClass,
                    SeatProcedure.of(
                            "seat_take_" + admissionClass.name().toLowerCase(Locale.ROOT),
                            "IN p_session BIGINT",
                            takeAndCommit(admissionClass, recording)));
        }
        return new SeatStatements(
                Map.copyOf(take),
                SeatProcedure.of("seat_release", "IN p_pool VARCHAR(16)", release(recording, "")),
                SeatProcedure.of("seat_release_commit", "IN p_pool VARCHAR(16)", release(recording, "  COMMIT;\n")),
                capacity(recording));
    }

    /** Every procedure, to be created before the first admission. */
    List<SeatProcedure> procedures() {
        List<SeatProcedure> all = new ArrayList<>(takeAndCommit.values());
        all.add(release);
        all.add(releaseAndCommit);
        return all;
    }

    /**
     * The walk over the class's candidate seats, one conditional UPDATE per candidate in order, then the
     * commit, or the rollback and the refusal noted: the rule stays in {@link AdmissionClass}, this only runs
     * it where the rows are. Parameter p_session: the session whose seat is corrected when another was taken.
     */
    private static String takeAndCommit(AdmissionClass admissionClass, boolean recording) {
        StringBuilder sql = new StringBuilder("BEGIN\n  DECLARE taken VARCHAR(16) DEFAULT NULL;\n");
        for (SeatKind seat : admissionClass.candidateSeats()) {
            sql.append("  IF taken IS NULL THEN\n");
            seat.pool()
                    .ifPresentOrElse(
                            pool -> sql.append("    UPDATE seat_pool SET ")
                                    .append(recording ? RunningMinute.assignments("in_use + 1", 0) + ", " : "")
                                    .append("in_use = in_use + 1 WHERE kind = '")
                                    .append(pool.name())
                                    .append("' AND in_use < capacity;\n")
                                    .append("    IF ROW_COUNT() = 1 THEN\n      SET taken = '")
                                    .append(seat.name())
                                    .append("';\n")
                                    .append(recording ? "      " + RunningMinute.ifOver(pool, 1, 0) + "\n" : "")
                                    .append("    END IF;\n"),
                            () -> sql.append("    SET taken = '")
                                    .append(seat.name())
                                    .append("';\n"));
            sql.append("  END IF;\n");
        }
        sql.append("""
                  IF taken IS NULL THEN
                    ROLLBACK;
                """).append(recording ? refusal(admissionClass) : "").append("""
                  ELSE
                    UPDATE user_session SET seat_kind = taken WHERE id = p_session AND seat_kind <> taken;
                    COMMIT;
                  END IF;
                  SELECT taken;
                END""");
        return sql.toString();
    }

    /**
     * A refusal is noted for the usage history (rule 15) on the pool the class asks for first, after the
     * rollback has freed the pool rows, in the same round trip (docs/decisions/0015-usage-history.md).
     */
    private static String refusal(AdmissionClass admissionClass) {
        return admissionClass
                .candidateSeats()
                .getFirst()
                .pool()
                .map(pool -> "    UPDATE seat_pool SET " + RunningMinute.assignments("in_use", 1) + " WHERE kind = '"
                        + pool.name() + "';\n    " + RunningMinute.ifOver(pool, 0, 1) + "\n    COMMIT;\n")
                .orElse("");
    }

    /** Gives a seat back and selects how many were (0 or 1). Parameter p_pool: the pool. */
    private static String release(boolean recording, String commit) {
        return "BEGIN\n  DECLARE released INT DEFAULT 0;\n  UPDATE seat_pool SET "
                + (recording ? RunningMinute.assignments("in_use - 1", 0) + ", " : "")
                + "in_use = in_use - 1 WHERE kind = p_pool AND in_use > 0;\n  SET released = ROW_COUNT();\n"
                + (recording
                        ? "  IF released = 1 THEN " + RunningMinute.ifOver("p_pool", -1, "NULL", 0) + " END IF;\n"
                        : "")
                + commit
                + "  SELECT released;\nEND";
    }

    /** Sets a pool's capacity. Parameters: the capacity, the pool, the pool, the capacity before. */
    private static String capacity(boolean recording) {
        return "BEGIN NOT ATOMIC\n  UPDATE seat_pool SET "
                + (recording ? RunningMinute.assignments("in_use", 0) + ", " : "")
                + "capacity = ? WHERE kind = ?;\n"
                + (recording ? "  " + RunningMinute.ifOver("?", 0, "?", 0) + "\n" : "  DO ?, ?;\n")
                + "END";
    }
}
