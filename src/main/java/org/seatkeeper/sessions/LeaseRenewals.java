package org.seatkeeper.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lease renewals of the seat API, on the {@link PriorityConnections}, which never wait for a connection
 * behind sign-ins. Each is one read, answered from at once; the write is held and batched with every
 * other renewal of the next second ({@link RenewalsWrittenBehind}), unless the seat is near its reclaim
 * deadline, when it is written before the answer, as one autocommitted conditional UPDATE.
 */
@Component
class LeaseRenewals {

    private final JdbcClient jdbc;
    private final RenewalsWrittenBehind writtenBehind;
    private final Duration signOutGrace;

    LeaseRenewals(PriorityConnections connections, RenewalsWrittenBehind writtenBehind, SessionSettings settings) {
        this.jdbc = connections.jdbc();
        this.writtenBehind = writtenBehind;
        this.signOutGrace = settings.sessions().signOutGrace();
    }

    /**
     * Renews the lease of this client's open seat: {@link LeaseReply.Renewed} with the lease and the end
     * of a sign-out request's grace if any, {@link LeaseReply.Ended} with the reason, or
     * {@link LeaseReply.Unknown} when the seat is not this client's.
     */
    LeaseReply renew(SessionId id, long apiClientId, boolean acted, Instant now) {
        Optional<Seat> read = jdbc.sql("""
                        SELECT ended_at, end_reason, last_heartbeat, lease_seconds, reclaim_after_seconds,
                            sign_out_requested_at
                        FROM user_session WHERE id = ? AND api_client_id = ?""")
                .params(id.value(), apiClientId)
                .query((rs, n) -> new Seat(
                        DatabaseTime.instant(rs, "ended_at"),
                        rs.getString("end_reason"),
                        DatabaseTime.instant(rs, "last_heartbeat"),
                        Duration.ofSeconds(rs.getInt("lease_seconds")),
                        Duration.ofSeconds(rs.getInt("reclaim_after_seconds")),
                        DatabaseTime.instant(rs, "sign_out_requested_at")))
                .optional();
        if (read.isEmpty()) {
            return new LeaseReply.Unknown(id);
        }
        Seat seat = read.get();
        if (seat.endedAt() != null) {
            return new LeaseReply.Ended(id, EndReason.valueOf(seat.endReason()), seat.endedAt());
        }
        boolean held = writtenBehind.hold(id, now, acted, seat.lastHeartbeat().plus(seat.reclaimAfter()), seat.lease());
        if (!held && !writeNow(id, apiClientId, acted, now)) {
            // Ended between the read and the write.
            return notRenewable(id, apiClientId);
        }
        return new LeaseReply.Renewed(
                id,
                seat.lease().toSeconds(),
                seat.signOutRequestedAt() == null
                        ? null
                        : seat.signOutRequestedAt().plus(signOutGrace));
    }

    /** How far a leased session's stored last activity may lag behind its user's last action. */
    Duration activityLag() {
        return writtenBehind.margin();
    }

    /** The renewal written before the answer, in one autocommitted statement; false when the seat ended. */
    private boolean writeNow(SessionId id, long apiClientId, boolean acted, Instant now) {
        Object at = DatabaseTime.parameter(now);
        return jdbc.sql("""
                        UPDATE user_session SET last_heartbeat = ?, last_activity = CASE WHEN ? THEN ? ELSE last_activity END
                        WHERE id = ? AND api_client_id = ? AND ended_at IS NULL""").params(at, acted, at, id.value(), apiClientId).update() == 1;
    }

    /** Why a seat of this client could not be renewed: ended (with the reason), or never its own. */
    LeaseReply notRenewable(SessionId id, long apiClientId) {
        return jdbc.sql("SELECT ended_at, end_reason FROM user_session WHERE id = ? AND api_client_id = ?")
                .params(id.value(), apiClientId)
                .query((rs, n) -> new Ending(DatabaseTime.instant(rs, "ended_at"), rs.getString("end_reason")))
                .optional()
                .filter(ending -> ending.at() != null)
                .map(ending -> (LeaseReply) new LeaseReply.Ended(id, EndReason.valueOf(ending.reason()), ending.at()))
                .orElseGet(() -> new LeaseReply.Unknown(id));
    }

    private record Ending(Instant at, String reason) {}

    /** The seat as one renewal reads it. */
    private record Seat(
            Instant endedAt,
            String endReason,
            Instant lastHeartbeat,
            Duration lease,
            Duration reclaimAfter,
            Instant signOutRequestedAt) {}
}
