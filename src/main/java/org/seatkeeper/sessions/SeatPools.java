package org.seatkeeper.sessions;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.directory.ConcurrentCapacities;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.shared.DatabaseTime;
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
 * caller's transaction; an admission and a seat's release by its application take and give back their
 * seat inside one stored procedure call with the session ({@link SeatCalls}). Not method-secured: sign-in
 * takes seats before anyone is authenticated.
 */
@Service
@Transactional
public class SeatPools {

    private static final Logger log = LoggerFactory.getLogger(SeatPools.class);

    private final JdbcClient jdbc;

    private final LicencePots licencePots;
    private final ConcurrentCapacities capacities;

    private final SeatProcedures procedures;

    SeatPools(JdbcClient jdbc, SeatProcedures procedures, LicencePots licencePots, ConcurrentCapacities capacities) {
        this.jdbc = jdbc;
        this.procedures = procedures;
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
        return takeAndCommit(admissionClass).orElseThrow(() -> AdmissionRule.noSeat(admissionClass, snapshot()));
    }

    /**
     * Takes the first free seat and commits the caller's transaction, or rolls it back when every candidate
     * pool is full: the walk over {@link AdmissionClass#candidateSeats()} as a stored procedure, the same
     * walk an admission runs ({@link SeatStatements}).
     *
     * @return the seat taken, or empty when none was free and everything was rolled back
     */
    private Optional<SeatKind> takeAndCommit(AdmissionClass admissionClass) {
        String taken = jdbc.sql(procedures.current().take().get(admissionClass).call())
                .query((rs, n) -> rs.getString(1))
                .list()
                .getFirst();
        return Optional.ofNullable(taken).map(SeatKind::valueOf);
    }

    /** Gives a seat back to its pool; nothing for EXEMPT. */
    public void release(SeatKind seat) {
        seat.pool().ifPresent(pool -> {
            if (released(pool) == 0) {
                warnReleasedTwice(seat);
            }
        });
    }

    /** How many seats the pool's release procedure gave back: 1, or 0 when the pool was empty. */
    private int released(ConcurrentPool pool) {
        return jdbc.sql(procedures.current().release().call())
                .param(pool.name())
                .query((rs, n) -> rs.getInt(1))
                .list()
                .getFirst();
    }

    /**
     * Writes out the usage history's minute each pool still holds in its row if it started before
     * {@code before}, and starts none (the roll-up, before summing old minutes): a pool unchanged since
     * then holds its last minute for as long as it stays unchanged (docs/decisions/0015-usage-history.md).
     */
    public void writeOutHeldMinutesBefore(Instant before) {
        Object cutOff = DatabaseTime.parameter(before);
        jdbc.sql(RunningMinute.WRITE_OUT_HELD_BEFORE)
                .params(Collections.nCopies(RunningMinute.POOLS, cutOff))
                .update();
    }

    /** The usage benchmark's switch: its phases without recording take and give back seats without it. */
    void recordUsage(boolean recording) {
        procedures.use(recording);
    }

    static void warnReleasedTwice(SeatKind seat) {
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
                    PoolNames.term(pool),
                    capacity,
                    before.inUse(),
                    before.capacity(),
                    holders(pool));
        }
        if (capacity != before.capacity()) {
            jdbc.sql(procedures.current().capacity())
                    .params(capacity, pool.name(), pool.name(), before.capacity())
                    .update();
        }
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
