package org.seatkeeper.sessions;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.directory.ConcurrentCapacities;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The concurrent pools in the database (rule 8). A seat is taken with one conditional
 * {@code UPDATE ... WHERE in_use < capacity} per candidate seat, in the order of
 * {@link AdmissionClass#candidateSeats()}, and the affected-row count says whether it was granted.
 * InnoDB evaluates the condition under the row's exclusive lock, so no burst of sign-ins on any number
 * of nodes can push a pool past its capacity; measured against SELECT ... FOR UPDATE in
 * docs/decisions/0004-atomic-seat-allocation.md.
 * <p>
 * A seat and the session that holds it commit or roll back together: {@link #release} joins the
 * caller's transaction, and {@link #takeAndCommit} and {@link #releaseAndCommit} end it, as its last
 * step, in the same round trip as the pool row's UPDATE. They are not method-secured: sign-in calls
 * them before anyone is authenticated.
 */
@Service
@Transactional
public class SeatPools {

    private static final Logger log = LoggerFactory.getLogger(SeatPools.class);

    private final JdbcClient jdbc;

    private final LicencePots licencePots;
    private final ConcurrentCapacities capacities;

    SeatPools(JdbcClient jdbc, LicencePots licencePots, ConcurrentCapacities capacities) {
        this.jdbc = jdbc;
        this.licencePots = licencePots;
        this.capacities = capacities;
    }

    /**
     * Takes the first free seat this class may hold, in a transaction of its own.
     *
     * @throws RefusedException "All licences are in use. Try again later." with the figures of the
     *                          pools the class could have used
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public SeatKind take(AdmissionClass admissionClass) {
        return takeAndCommit(admissionClass, null).orElseThrow(() -> AdmissionRule.noSeat(admissionClass, snapshot()));
    }

    /**
     * The last step of the caller's transaction: takes the first free seat this class may hold and
     * commits, or, when every candidate pool is full, rolls the whole transaction back. The walk over
     * {@link AdmissionClass#candidateSeats()}, one conditional UPDATE per candidate in order, runs in
     * the database as one compound statement, so the hot pool row is locked only while the server
     * executes it: when the application sent the COMMIT in a round trip of its own, the row stayed
     * locked until this node's thread was scheduled again, and under load every admission on every
     * node queued behind that (docs/decisions/0008-seat-api-and-several-nodes.md).
     *
     * @param session a session recorded earlier in this transaction with the first candidate seat, whose
     *                seat is corrected when another was taken (overflow); may be null
     * @return the seat taken, or empty when none was free and everything was rolled back
     */
    Optional<SeatKind> takeAndCommit(AdmissionClass admissionClass, SessionId session) {
        String taken = jdbc.sql(TAKE_AND_COMMIT.get(admissionClass))
                .param(session == null ? -1L : session.value())
                .query((rs, n) -> rs.getString(1))
                .list()
                .getFirst();
        return Optional.ofNullable(taken).map(SeatKind::valueOf);
    }

    /**
     * The compound statement for each class, generated from its candidate seats: the rule stays in
     * {@link AdmissionClass}, this only runs it where the rows are.
     */
    private static final Map<AdmissionClass, String> TAKE_AND_COMMIT = new EnumMap<>(AdmissionClass.class);

    static {
        for (AdmissionClass admissionClass : AdmissionClass.values()) {
            StringBuilder sql = new StringBuilder("BEGIN NOT ATOMIC\n  DECLARE taken VARCHAR(16) DEFAULT NULL;\n");
            for (SeatKind seat : admissionClass.candidateSeats()) {
                sql.append("  IF taken IS NULL THEN\n");
                seat.pool()
                        .ifPresentOrElse(
                                pool -> sql.append("    UPDATE seat_pool SET in_use = in_use + 1 WHERE kind = '")
                                        .append(pool.name())
                                        .append("' AND in_use < capacity;\n")
                                        .append("    IF ROW_COUNT() = 1 THEN SET taken = '")
                                        .append(seat.name())
                                        .append("'; END IF;\n"),
                                () -> sql.append("    SET taken = '")
                                        .append(seat.name())
                                        .append("';\n"));
                sql.append("  END IF;\n");
            }
            // A refusal is noted for the usage history (rule 15) on the pool the class asks for first, after
            // the rollback has freed the pool rows, in the same round trip (docs/decisions/0015-usage-history.md).
            String denial = admissionClass
                    .candidateSeats()
                    .getFirst()
                    .pool()
                    .map(pool -> "    CALL usage_record_denial('" + pool.name() + "');\n    COMMIT;\n")
                    .orElse("");
            sql.append("""
                      IF taken IS NULL THEN
                        ROLLBACK;
                    """).append(denial).append("""
                      ELSE
                        UPDATE user_session SET seat_kind = taken WHERE id = ? AND seat_kind <> taken;
                        COMMIT;
                      END IF;
                      SELECT taken;
                    END""");
            TAKE_AND_COMMIT.put(admissionClass, sql.toString());
        }
    }

    /** Gives a seat back to its pool; nothing for EXEMPT. */
    public void release(SeatKind seat) {
        seat.pool().ifPresent(pool -> {
            int updated = jdbc.sql("UPDATE seat_pool SET in_use = in_use - 1 WHERE kind = ? AND in_use > 0")
                    .param(pool.name())
                    .update();
            if (updated == 0) {
                warnReleasedTwice(seat);
            }
        });
    }

    /**
     * The last step of the caller's transaction: gives the seat back and commits, in one compound
     * statement, so the hot pool row is locked only while the server executes it (see
     * {@link #takeAndCommit}). Nothing to give back for EXEMPT: the transaction is committed all the same.
     */
    void releaseAndCommit(SeatKind seat) {
        Integer updated = jdbc.sql("""
                        BEGIN NOT ATOMIC
                          DECLARE released INT DEFAULT 0;
                          IF ? IS NOT NULL THEN
                            UPDATE seat_pool SET in_use = in_use - 1 WHERE kind = ? AND in_use > 0;
                            SET released = ROW_COUNT();
                          END IF;
                          COMMIT;
                          SELECT released;
                        END""")
                .params(
                        seat.pool().map(Enum::name).orElse(null),
                        seat.pool().map(Enum::name).orElse(null))
                .query((rs, n) -> rs.getInt(1))
                .list()
                .getFirst();
        if (seat.pool().isPresent() && updated == 0) {
            warnReleasedTwice(seat);
        }
    }

    private static void warnReleasedTwice(SeatKind seat) {
        // Only possible if a seat was released twice or the row was edited by hand.
        log.warn(
                "Released a {} seat but the {} pool was already empty",
                seat,
                seat.pool().orElseThrow().label());
    }

    /**
     * The three pools as they are now: one statement, so it needs no transaction of its own (a refused
     * admission reads it right after its rollback).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public PoolSnapshot snapshot() {
        Map<ConcurrentPool, PoolUsage> usage = new EnumMap<>(ConcurrentPool.class);
        jdbc.sql("SELECT kind, capacity, in_use FROM seat_pool")
                .query((rs, n) -> new PoolUsage(
                        ConcurrentPool.valueOf(rs.getString("kind")), rs.getInt("capacity"), rs.getInt("in_use")))
                .list()
                .forEach(u -> usage.put(u.pool(), u));
        return PoolSnapshot.of(usage);
    }

    /**
     * Sets what was purchased for one pool, through the directory, which owns the purchased figures,
     * checks reserved users (rule 7), records the change with its reason and publishes it; this
     * module then applies it to the live pool ({@link CapacityFollower}). Only support staff.
     *
     * @throws RefusedException when the capacity is below the seats in use now (rule 3), naming the
     *                          pool, the figures and who holds the seats; or, for the Reserved pool,
     *                          below the number of users marked reserved (rule 7)
     */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    public PoolSnapshot setCapacity(ConcurrentPool pool, int capacity, String reason) {
        if (pool == null) {
            throw new RefusedException(SessionRefusal.POOL_MISSING);
        }
        licencePots.changePoolCapacity(pool, capacity, reason);
        return snapshot();
    }

    /**
     * Applies a purchased capacity to the live pool, refusing it below the seats in use now (rule 3).
     * Runs inside the directory's change, so a refusal rolls the whole change back.
     */
    void follow(ConcurrentPool pool, int capacity) {
        PoolUsage before = jdbc.sql("SELECT kind, capacity, in_use FROM seat_pool WHERE kind = ? FOR UPDATE")
                .param(pool.name())
                .query((rs, n) -> new PoolUsage(pool, rs.getInt("capacity"), rs.getInt("in_use")))
                .single();
        if (capacity < before.inUse()) {
            throw new RefusedException(
                    SessionRefusal.POOL_BELOW_USE,
                    pool.label(),
                    capacity,
                    before.inUse(),
                    before.capacity(),
                    holders(pool));
        }
        jdbc.sql("UPDATE seat_pool SET capacity = ? WHERE kind = ?")
                .param(capacity)
                .param(pool.name())
                .update();
    }

    /**
     * Seed 004's warning, shown while the Full-access capacity is below the number of reserved users
     * plus one; empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<String> fullAccessWarning() {
        return AdmissionRule.fullAccessWarning(snapshot().fullAccess().capacity(), capacities.reservedUsers());
    }

    /** ", held by jdoe (Jane Doe), ..." from the open sessions on this pool; empty if none are recorded. */
    private String holders(ConcurrentPool pool) {
        List<String> seats = Arrays.stream(SeatKind.values())
                .filter(seat -> seat.pool().equals(Optional.of(pool)))
                .map(Enum::name)
                .toList();
        List<String> names = jdbc.sql("""
                        SELECT username, display_name FROM user_session
                        WHERE ended_at IS NULL AND seat_kind IN (:seats) ORDER BY login_time""")
                .param("seats", seats)
                .query((rs, n) -> rs.getString("username") + " (" + rs.getString("display_name") + ")")
                .list();
        return names.isEmpty() ? "" : ", held by " + String.join(", ", names);
    }
}
