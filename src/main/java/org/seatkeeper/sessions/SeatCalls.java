package org.seatkeeper.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.shared.AccessLogStatement;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An admission and a seat's release by its application, each one stored procedure call that is a whole
 * transaction: the session row, its access-log row and the seat (docs/decisions/0031-one-round-trip-per-
 * seat-request.md). Outside any Spring transaction on purpose: the procedure starts and ends its own, and
 * the connection is in autocommit mode as the pool hands it out, so a call is one round trip and nothing
 * else.
 */
@Component
class SeatCalls {

    private final JdbcClient jdbc;
    private final SeatProcedures procedures;
    private final AccessLogStatement log;

    SeatCalls(JdbcClient jdbc, SeatProcedures procedures, AccessLogStatement log) {
        this.jdbc = jdbc;
        this.procedures = procedures;
        this.log = log;
    }

    /**
     * Records the session and, when {@code logged} is given, its access-log row, and takes the first free
     * seat of the class, all committed together; or rolls all back when every pool is full.
     *
     * @return the session and the seat taken; empty when no seat was free
     * @throws org.springframework.dao.DuplicateKeyException when the account has an open session (rule 9),
     *                                                       with nothing written
     */
    Optional<AdmittedSession> admit(
            AdmissionClass admissionClass,
            Applicant applicant,
            ClientDetails client,
            Instant now,
            Lease lease,
            SignInAttempt logged) {
        Object at = DatabaseTime.parameter(now);
        List<Object> values = new ArrayList<>(Arrays.asList(
                applicant.userId(),
                applicant.username(),
                applicant.displayName(),
                client.client(),
                client.ip(),
                client.browser(),
                client.node(),
                at,
                lease == null ? null : lease.apiClientId(),
                lease == null ? null : lease.reference(),
                lease == null ? null : Math.toIntExact(lease.lease().toSeconds()),
                lease == null ? null : Math.toIntExact(lease.reclaimAfter().toSeconds()),
                logged != null));
        values.addAll(logRow(logged));
        return jdbc.sql(procedures.current().admit().get(admissionClass).call())
                .params(values)
                .query((rs, n) -> {
                    String taken = rs.getString(1);
                    return taken == null
                            ? Optional.<AdmittedSession>empty()
                            : Optional.of(
                                    new AdmittedSession(new SessionId(rs.getLong(2)), SeatKind.valueOf(taken), now));
                })
                .list()
                .getFirst();
    }

    /**
     * Ends a leased session, writes its access-log row and gives its seat back, all committed together;
     * nothing is written when it had ended already (only one caller on any node can end it).
     *
     * @return true when this call ended it
     */
    boolean endLease(SeatHolder session, EndReason reason, Instant now, SignInAttempt logged) {
        List<Object> values = new ArrayList<>(Arrays.asList(
                session.id().value(),
                DatabaseTime.parameter(now),
                reason.name(),
                session.seat().pool().map(Enum::name).orElse(null)));
        values.addAll(logRow(logged));
        int[] outcome = jdbc.sql(procedures.current().endLease().call())
                .params(values)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .list()
                .getFirst();
        if (outcome[0] == 1 && outcome[1] == 0 && session.seat().pool().isPresent()) {
            SeatPools.warnReleasedTwice(session.seat());
        }
        return outcome[0] == 1;
    }

    private List<Object> logRow(SignInAttempt logged) {
        return logged == null ? Collections.nCopies(log.types().size(), null) : log.values(logged);
    }
}
