package org.seatkeeper.sessions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.seatkeeper.shared.AccessLogStatement;

/**
 * The SQL of every change to a {@code seat_pool} row, generated once: each UPDATE carries the usage
 * history's running minute ({@link RunningMinute}), or, built without recording, none of it (only for the
 * usage benchmark, which compares the two in one run). An admission and a seat's release by its
 * application are one stored procedure call each ({@link SeatProcedure}), a whole transaction with its
 * session row and access-log row (docs/decisions/0031-one-round-trip-per-seat-request.md); a capacity
 * change, rare, is a compound statement.
 *
 * @param take     per class, the seat alone, in the caller's transaction, which it commits (the pool tests)
 * @param admit    per class, the session, its access-log row and the seat, one transaction of its own
 * @param release  a seat given back in the caller's transaction
 * @param endLease a leased session ended, its access-log row and its seat given back, one transaction
 * @param capacity a pool's capacity set
 */
record SeatStatements(
        Map<AdmissionClass, SeatProcedure> take,
        Map<AdmissionClass, SeatProcedure> admit,
        SeatProcedure release,
        SeatProcedure endLease,
        String capacity) {

    /**
     * An admission's parameters before the log row's: the session's columns, then whether to write the log
     * row. Strings are TEXT: the columns' own lengths refuse what is too long, as for any INSERT.
     */
    private static final String ADMIT_PARAMETERS = "IN s_user_id BIGINT, IN s_username TEXT, IN s_display_name TEXT,"
            + " IN s_client TEXT, IN s_ip TEXT, IN s_browser TEXT, IN s_node TEXT, IN s_at DATETIME(3),"
            + " IN s_api_client BIGINT, IN s_reference TEXT, IN s_lease INT, IN s_reclaim INT, IN l_write BOOLEAN";

    /** A leased session's end: the session, when, why, its pool (NULL for none), then the log row's values. */
    private static final String END_LEASE_PARAMETERS =
            "IN e_session BIGINT, IN e_at DATETIME(3), IN e_reason TEXT, IN e_pool TEXT";

    /** A failure of any statement rolls the whole transaction back and reaches the caller unchanged. */
    private static final String ROLL_BACK_ON_ERROR =
            "  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;\n";

    static SeatStatements build(boolean recording, AccessLogStatement log) {
        Map<AdmissionClass, SeatProcedure> take = new EnumMap<>(AdmissionClass.class);
        Map<AdmissionClass, SeatProcedure> admit = new EnumMap<>(AdmissionClass.class);
        for (AdmissionClass admissionClass : AdmissionClass.values()) {
            String name = admissionClass.name().toLowerCase(Locale.ROOT);
            take.put(
                    admissionClass,
                    SeatProcedure.of(
                            "seat_take_" + name,
                            "",
                            "BEGIN\n  DECLARE taken VARCHAR(16) DEFAULT NULL;\n"
                                    + walkAndCommit(admissionClass, recording, "") + "  SELECT taken;\nEND"));
            admit.put(
                    admissionClass,
                    SeatProcedure.of(
                            "seat_admit_" + name,
                            ADMIT_PARAMETERS + ", " + logParameters(log),
                            admission(admissionClass, recording, log)));
        }
        return new SeatStatements(
                Map.copyOf(take),
                Map.copyOf(admit),
                SeatProcedure.of("seat_release", "IN p_pool VARCHAR(16)", release(recording)),
                SeatProcedure.of(
                        "seat_end_lease", END_LEASE_PARAMETERS + ", " + logParameters(log), endLease(recording, log)),
                capacity(recording));
    }

    /** Every procedure, to be created before the first admission. */
    List<SeatProcedure> procedures() {
        List<SeatProcedure> all = new ArrayList<>(take.values());
        all.addAll(admit.values());
        all.add(release);
        all.add(endLease);
        return all;
    }

    /** The log row's values as the admission's and the lease end's last parameters: l_1, l_2, ... */
    private static List<String> logNames(AccessLogStatement log) {
        return IntStream.rangeClosed(1, log.types().size())
                .mapToObj(i -> "l_" + i)
                .toList();
    }

    private static String logParameters(AccessLogStatement log) {
        List<String> names = logNames(log);
        return IntStream.range(0, names.size())
                .mapToObj(i -> "IN " + names.get(i) + " " + log.types().get(i))
                .collect(Collectors.joining(", "));
    }

    private static String logInsert(AccessLogStatement log) {
        return log.insert(logNames(log));
    }

    /**
     * An admission, one transaction: the session recorded first with the class's first candidate seat, its
     * access-log row, then the seat taken last, so the hot pool row is locked only from its UPDATE to the
     * COMMIT right after it (docs/decisions/0008-seat-api-and-several-nodes.md). Selects the seat taken
     * (NULL when every pool was full and everything was rolled back) and the session's id. A second open
     * session of the account fails on the unique key, rolled back, as error 1062.
     */
    private static String admission(AdmissionClass admissionClass, boolean recording, AccessLogStatement log) {
        return "BEGIN\n  DECLARE taken VARCHAR(16) DEFAULT NULL;\n  DECLARE v_session BIGINT;\n"
                + ROLL_BACK_ON_ERROR
                + "  START TRANSACTION;\n"
                + "  INSERT INTO user_session (user_id, username, display_name, seat_kind, client, ip, browser, node,"
                + " login_time, last_activity, last_heartbeat, api_client_id, client_reference, lease_seconds,"
                + " reclaim_after_seconds)\n  VALUES (s_user_id, s_username, s_display_name, '"
                + admissionClass.candidateSeats().getFirst().name()
                + "', s_client, s_ip, s_browser, s_node, s_at, s_at, s_at, s_api_client, s_reference, s_lease,"
                + " s_reclaim);\n"
                + "  SET v_session = LAST_INSERT_ID();\n"
                + "  IF l_write THEN\n    " + logInsert(log) + ";\n  END IF;\n"
                + walkAndCommit(
                        admissionClass,
                        recording,
                        "    UPDATE user_session SET seat_kind = taken WHERE id = v_session AND seat_kind <> taken;\n")
                + "  SELECT taken, v_session;\nEND";
    }

    /**
     * The walk over the class's candidate seats, one conditional UPDATE per candidate in order, then the
     * commit, or the rollback and the refusal noted: the rule stays in {@link AdmissionClass}, this only runs
     * it where the rows are.
     *
     * @param beforeCommit what else to do when a seat was taken, before the commit: the admission corrects its
     *                     session's seat when another than the first candidate was taken (overflow)
     */
    private static String walkAndCommit(AdmissionClass admissionClass, boolean recording, String beforeCommit) {
        StringBuilder sql = new StringBuilder();
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
                """)
                .append(recording ? refusal(admissionClass) : "")
                .append("""
                  ELSE
                """)
                .append(beforeCommit)
                .append("""
                    COMMIT;
                  END IF;
                """);
        return sql.toString();
    }

    /**
     * A refusal is noted for the usage history (rule 15) on the pool the class asks for first, after the
     * rollback has freed the pool rows, in a transaction of its own in the same round trip
     * (docs/decisions/0015-usage-history.md).
     */
    private static String refusal(AdmissionClass admissionClass) {
        return admissionClass
                .candidateSeats()
                .getFirst()
                .pool()
                .map(pool ->
                        "    START TRANSACTION;\n    UPDATE seat_pool SET " + RunningMinute.assignments("in_use", 1)
                                + " WHERE kind = '" + pool.name() + "';\n    " + RunningMinute.ifOver(pool, 0, 1)
                                + "\n    COMMIT;\n")
                .orElse("");
    }

    /** Gives a seat back and selects how many were (0 or 1). Parameter p_pool: the pool. */
    private static String release(boolean recording) {
        return "BEGIN\n  DECLARE released INT DEFAULT 0;\n" + giveBack(recording, "p_pool") + "  SELECT released;\nEND";
    }

    /** The seat of {@code pool} (an expression; NULL gives nothing back) given back, counted in {@code released}. */
    private static String giveBack(boolean recording, String pool) {
        return "  UPDATE seat_pool SET "
                + (recording ? RunningMinute.assignments("in_use - 1", 0) + ", " : "")
                + "in_use = in_use - 1 WHERE kind = " + pool + " AND in_use > 0;\n  SET released = ROW_COUNT();\n"
                + (recording
                        ? "  IF released = 1 THEN " + RunningMinute.ifOver(pool, -1, "NULL", 0) + " END IF;\n"
                        : "");
    }

    /**
     * A leased session ended by its application, one transaction: the conditional end (only one caller can
     * win it on any node), its access-log row, the seat given back last. Selects whether this call ended it
     * and whether a seat was given back; when it had ended already nothing is written.
     */
    private static String endLease(boolean recording, AccessLogStatement log) {
        return "BEGIN\n  DECLARE released INT DEFAULT 0;\n"
                + ROLL_BACK_ON_ERROR
                + "  START TRANSACTION;\n"
                + "  UPDATE user_session SET ended_at = e_at, end_reason = e_reason, version = version + 1\n"
                + "  WHERE id = e_session AND ended_at IS NULL;\n"
                + "  IF ROW_COUNT() = 1 THEN\n    " + logInsert(log) + ";\n"
                + giveBack(recording, "e_pool")
                + "    COMMIT;\n    SELECT 1, released;\n"
                + "  ELSE\n    ROLLBACK;\n    SELECT 0, 0;\n  END IF;\nEND";
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
