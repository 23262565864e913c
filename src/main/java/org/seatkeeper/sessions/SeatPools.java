package org.seatkeeper.sessions;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.seatkeeper.directory.ConcurrentCapacities;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.shared.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * {@link #take} and {@link #release} join the caller's transaction, so a seat and the session that
 * holds it commit or roll back together. They are not method-secured: sign-in calls them before anyone
 * is authenticated.
 */
@Service
@Transactional
public class SeatPools {

    private static final Logger log = LoggerFactory.getLogger(SeatPools.class);

    private final JdbcClient jdbc;

    private final LicencePots licencePots;
    private final ConcurrentCapacities capacities;

    SeatPools(JdbcTemplate jdbcTemplate, LicencePots licencePots, ConcurrentCapacities capacities) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.licencePots = licencePots;
        this.capacities = capacities;
    }

    /**
     * Takes the first free seat this class may hold.
     *
     * @throws RefusedException "All licences are in use. Try again later." with the figures of the
     *                          pools the class could have used
     */
    public SeatKind take(AdmissionClass admissionClass) {
        return tryTake(admissionClass)
                .orElseThrow(() -> new NoSeatException(AdmissionRule.refusal(admissionClass, snapshot())));
    }

    /**
     * Takes the first free seat this class may hold, or none when every candidate pool is full. The
     * caller commits or rolls back at once: the pool rows stay locked until then.
     */
    Optional<SeatKind> tryTake(AdmissionClass admissionClass) {
        for (SeatKind seat : admissionClass.candidateSeats()) {
            if (seat.pool().isEmpty() || takeOne(seat.pool().get())) {
                return Optional.of(seat);
            }
        }
        return Optional.empty();
    }

    /** Gives a seat back to its pool; nothing for EXEMPT. */
    public void release(SeatKind seat) {
        seat.pool().ifPresent(pool -> {
            int updated = jdbc.sql("UPDATE seat_pool SET in_use = in_use - 1 WHERE kind = ? AND in_use > 0")
                    .param(pool.name())
                    .update();
            if (updated == 0) {
                // Only possible if a seat was released twice or the row was edited by hand.
                log.warn("Released a {} seat but the {} pool was already empty", seat, pool.label());
            }
        });
    }

    /**
     * The three pools as they are now: one statement, so it needs no transaction of its own (a refused
     * admission reads it right after its rollback).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public PoolSnapshot snapshot() {
        Map<ConcurrentPool, PoolUsage> usage = new EnumMap<>(ConcurrentPool.class);
        jdbc.sql("SELECT kind, capacity, in_use FROM seat_pool")
                .query((rs, n) -> new PoolUsage(ConcurrentPool.valueOf(rs.getString("kind")),
                        rs.getInt("capacity"), rs.getInt("in_use")))
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
    @PreAuthorize("hasRole('SUPPORT')")
    public PoolSnapshot setCapacity(ConcurrentPool pool, int capacity, String reason) {
        if (pool == null) {
            throw new RefusedException("Choose a pool.");
        }
        licencePots.changePoolCapacity(org.seatkeeper.directory.ConcurrentPool.valueOf(pool.name()), capacity, reason);
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
            throw new RefusedException("The " + pool.label() + " pool cannot be set to " + capacity + ": "
                    + before.inUse() + " of its " + before.capacity() + " seats are in use now (rule 3)"
                    + holders(pool) + ".");
        }
        jdbc.sql("UPDATE seat_pool SET capacity = ? WHERE kind = ?").param(capacity).param(pool.name()).update();
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
                .filter(seat -> seat.pool().equals(Optional.of(pool))).map(Enum::name).toList();
        List<String> names = jdbc.sql("""
                        SELECT username, display_name FROM user_session
                        WHERE ended_at IS NULL AND seat_kind IN (:seats) ORDER BY login_time""")
                .param("seats", seats)
                .query((rs, n) -> rs.getString("username") + " (" + rs.getString("display_name") + ")")
                .list();
        return names.isEmpty() ? "" : ", held by " + String.join(", ", names);
    }

    private boolean takeOne(ConcurrentPool pool) {
        return jdbc.sql("UPDATE seat_pool SET in_use = in_use + 1 WHERE kind = ? AND in_use < capacity")
                .param(pool.name())
                .update() == 1;
    }
}
