package org.seatkeeper.sessions;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.seatkeeper.sessions.PendingRenewals.PendingRenewal;
import org.seatkeeper.shared.DatabaseTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lease renewals written behind: held in memory and written every second, all of them as one JDBC
 * batch in one transaction, so that 10,000 seats renewed every 20 s cost one commit, and one disk
 * flush, a second instead of 500 (docs/decisions/0008-seat-api-and-several-nodes.md, "Renewals written
 * behind").
 * <p>
 * Only a renewal whose seat is far enough from its reclaim deadline is held ({@link #hold}): no
 * reclaimer, on any node, can free a seat before a held renewal of it is written, nor after this node
 * died holding it, before the application's next renewal. Nearer the deadline, after a failed flush, and
 * once the node is stopping, the caller writes the renewal at once.
 */
@Component
class RenewalsWrittenBehind {

    private static final Logger log = LoggerFactory.getLogger(RenewalsWrittenBehind.class);

    /**
     * Never less than this between a held renewal and its seat's reclaim deadline. A held renewal is
     * written within one interval plus the time of two flushes (the one running when it arrived, and
     * its own); the rest covers a flush slowed by a disk stall (190 ms measured), a garbage collection,
     * or a lock wait, and the difference between this node's clock and the reclaiming node's.
     */
    static final Duration LEAST_MARGIN = Duration.ofSeconds(10);

    /**
     * A flush gives up after this, keeps its renewals and makes renewals write themselves until one
     * succeeds: without it a flush behind a row lock would wait for InnoDB's lock wait timeout (50 s by
     * default), longer than the margin, and its renewals could come too late for their deadlines.
     */
    static final int FLUSH_TIMEOUT_SECONDS = 2;

    /** Each held renewal's latest time wins, and the user's action stays: last_activity never goes back. */
    private static final String WRITE = """
            UPDATE user_session SET last_heartbeat = GREATEST(last_heartbeat, ?),
                last_activity = CASE WHEN ? THEN GREATEST(last_activity, ?) ELSE last_activity END
            WHERE id = ? AND ended_at IS NULL""";

    private final PendingRenewals pending = new PendingRenewals();
    private final DataSource connections;
    private final Duration every;
    private final Duration margin;
    /** Held for reading by each renewal held, for writing by the stop: none is held after the last flush. */
    private final ReadWriteLock stopping = new ReentrantReadWriteLock();

    private volatile boolean failing;
    private boolean stopped;

    RenewalsWrittenBehind(PriorityConnections connections, SessionSettings settings) {
        this.every = settings.seats().renewalFlushEvery();
        if (every == null || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("seatkeeper.seats.renewal-flush-every must be positive");
        }
        this.margin = max(LEAST_MARGIN, every.multipliedBy(10));
        this.connections = connections.dataSource();
    }

    /**
     * How far from its reclaim deadline a seat must be at least for its renewal to be held (and at least
     * its lease); also how far a leased session's stored last activity may lag behind its user's.
     */
    Duration margin() {
        return margin;
    }

    /**
     * Holds this renewal for the next flush, merged with any other of the same seat, when its seat is at
     * least the {@link #margin()} and at least its lease from its reclaim deadline. The margin lets the
     * flush write it in time; the lease covers this node dying with it held: the application renews
     * within its lease, and that next renewal, through any node, still comes before the deadline.
     *
     * @param reclaimableAt when the seat could be reclaimed as the database stands now
     * @return false when the caller must write it at once: its seat is too near its reclaim deadline, the
     *         last flush failed, or the node is stopping
     */
    boolean hold(SessionId id, Instant at, boolean acted, Instant reclaimableAt, Duration lease) {
        if (failing || reclaimableAt.isBefore(at.plus(max(margin, lease)))) {
            return false;
        }
        stopping.readLock().lock();
        try {
            if (stopped) {
                return false;
            }
            pending.record(id.value(), at, acted);
            return true;
        } finally {
            stopping.readLock().unlock();
        }
    }

    /**
     * Writes every held renewal in one transaction. When that fails the renewals are kept for the next
     * flush, the failure is logged once (not every second), and renewals are written one by one until a
     * flush succeeds again.
     *
     * @return how many seats' renewals were written
     */
    @Scheduled(
            fixedDelayString = "${seatkeeper.seats.renewal-flush-every:" + SessionSettings.RENEWAL_FLUSH_EVERY + "}",
            initialDelayString = "${seatkeeper.seats.renewal-flush-every:" + SessionSettings.RENEWAL_FLUSH_EVERY + "}")
    synchronized int flush() {
        List<PendingRenewal> batch = pending.drain();
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            write(batch);
        } catch (SQLException | RuntimeException failure) {
            pending.restore(batch);
            if (!failing) {
                failing = true;
                log.warn(
                        "Could not write {} held lease renewal(s); they are kept and tried again every {} ms,"
                                + " and renewals are written one by one meanwhile ({})",
                        batch.size(),
                        every.toMillis(),
                        failure.toString());
            }
            return 0;
        }
        if (failing) {
            failing = false;
            log.info("Held lease renewals are written again ({} seat(s) in this flush)", batch.size());
        }
        return batch.size();
    }

    /**
     * Plain JDBC: {@code JdbcClient} has no batch, and the transaction is on the priority connections,
     * which no transaction manager of the application knows.
     */
    private void write(List<PendingRenewal> batch) throws SQLException {
        try (Connection connection = connections.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(WRITE)) {
                update.setQueryTimeout(FLUSH_TIMEOUT_SECONDS);
                for (PendingRenewal renewal : batch) {
                    update.setObject(1, DatabaseTime.parameter(renewal.at()));
                    update.setBoolean(2, renewal.acted());
                    update.setObject(3, DatabaseTime.parameter(renewal.acted() ? renewal.actedAt() : renewal.at()));
                    update.setLong(4, renewal.sessionId());
                    update.addBatch();
                }
                update.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                rollBack(connection, failure);
                throw failure;
            }
            connection.setAutoCommit(true);
        }
    }

    /** A broken connection may refuse these too; the pool then discards it, and the first failure counts. */
    private static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    /**
     * On a graceful stop, after the web server has stopped taking requests: writes what is held, and
     * makes any later renewal write itself.
     */
    @PreDestroy
    void stop() {
        stopping.writeLock().lock();
        try {
            stopped = true;
        } finally {
            stopping.writeLock().unlock();
        }
        flush();
        int left = pending.size();
        if (left > 0) {
            log.warn(
                    "{} held lease renewal(s) could not be written before this node stopped; their seats' next"
                            + " renewals write them",
                    left);
        }
    }

    int held() {
        return pending.size();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
