package org.seatkeeper.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lease renewals of the seat API, on the {@link PriorityConnections}: each is one autocommitted
 * conditional UPDATE and one read, and never waits for a connection behind sign-ins.
 */
@Component
class LeaseRenewals {

    private final JdbcClient jdbc;

    LeaseRenewals(PriorityConnections connections) {
        this.jdbc = connections.jdbc();
    }

    /**
     * Renews the lease of this client's open seat in one autocommitted statement, then reads what the
     * reply needs (the lease, and a sign-out request if any).
     *
     * @return empty when the seat is not this client's or has ended
     */
    Optional<Renewal> renew(SessionId id, long apiClientId, boolean acted, Instant now) {
        Object at = DatabaseTime.parameter(now);
        int renewed =
                jdbc.sql("""
                        UPDATE user_session SET last_heartbeat = ?, last_activity = CASE WHEN ? THEN ? ELSE last_activity END
                        WHERE id = ? AND api_client_id = ? AND ended_at IS NULL""").params(at, acted, at, id.value(), apiClientId).update();
        if (renewed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT lease_seconds, sign_out_requested_at FROM user_session WHERE id = ?")
                .param(id.value())
                .query((rs, n) -> new Renewal(
                        Duration.ofSeconds(rs.getInt("lease_seconds")),
                        DatabaseTime.instant(rs, "sign_out_requested_at")))
                .optional();
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

    /** A renewed lease: its length, and when the user was asked to sign out, if they were. */
    record Renewal(Duration lease, Instant signOutRequestedAt) {}
}
