package org.seatkeeper.sessions;

import java.time.Duration;
import java.time.Instant;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends sessions inside the caller's transaction: a conditional update that only one caller can win,
 * then the seat release and the event, so a seat is freed exactly once however many nodes race to end
 * the same session.
 */
@Component
class SessionEnder {

    private final UserSessionRepository sessions;
    private final SeatPools seatPools;
    private final ApplicationEventPublisher events;
    private final SessionPolicies policies;
    private final JdbcClient jdbc;

    SessionEnder(
            UserSessionRepository sessions,
            SeatPools seatPools,
            ApplicationEventPublisher events,
            SessionPolicies policies,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.seatPools = seatPools;
        this.events = events;
        this.policies = policies;
    }

    /** Ends an open session; false when it had ended already. */
    boolean end(UserSession session, EndReason reason, Instant now) {
        return end(session.holder(), reason, now);
    }

    /** Ends an open session known only by its row, without loading it; false when it had ended already. */
    boolean end(SeatHolder session, EndReason reason, Instant now) {
        return afterEnd(session, reason, now, endRow(session, reason, now));
    }

    /** Ends a session only while it is stale; false when it is live again or already ended. */
    boolean endIfStale(UserSession session, EndReason reason, Instant now) {
        return afterEnd(
                session.holder(),
                reason,
                now,
                sessions.endIfStale(session.id().value(), reason, now, now.minus(session.staleAfter(staleAfter()))));
    }

    /** Ends a leased session only while no heartbeat has arrived for its lease plus grace. */
    boolean endIfLeaseExpired(UserSession session, Instant now) {
        return afterEnd(
                session.holder(),
                EndReason.LEASE_EXPIRED,
                now,
                sessions.endIfStale(
                        session.id().value(), EndReason.LEASE_EXPIRED, now, now.minus(session.reclaimAfter())));
    }

    /**
     * Ends a session only while its last activity is at or before {@code idleBefore}; false when its user
     * acted meanwhile or it already ended.
     */
    boolean endIfIdle(UserSession session, Instant now, Instant idleBefore) {
        return afterEnd(
                session.holder(),
                EndReason.IDLE_TIMEOUT,
                now,
                sessions.endIfIdle(session.id().value(), EndReason.IDLE_TIMEOUT, now, idleBefore));
    }

    private boolean afterEnd(SeatHolder session, EndReason reason, Instant now, int ended) {
        if (ended != 1) {
            return false;
        }
        seatPools.release(session.seat());
        announce(session, reason, now);
        return true;
    }

    /** The conditional end, a plain statement: 1 when this call ended the session. */
    private int endRow(SeatHolder session, EndReason reason, Instant now) {
        return jdbc.sql("""
                        UPDATE user_session SET ended_at = ?, end_reason = ?, version = version + 1
                        WHERE id = ? AND ended_at IS NULL""")
                .params(DatabaseTime.parameter(now), reason.name(), session.id().value())
                .update();
    }

    /** Tells the other modules that the session ended, once the end is written. */
    void announce(SeatHolder session, EndReason reason, Instant now) {
        events.publishEvent(
                new SessionEnded(session.id(), session.userId(), session.username(), session.seat(), reason, now));
    }

    /** The stale threshold in force now (administrators may change it at any time). */
    private Duration staleAfter() {
        return policies.current().staleAfter();
    }
}
