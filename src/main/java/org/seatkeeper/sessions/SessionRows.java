package org.seatkeeper.sessions;

import java.time.Instant;
import java.util.Optional;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The session rows the hot paths of admission and release touch, as plain statements that join the
 * caller's transaction: one round trip each, with no entity loaded, flushed or cleared. Measured in
 * docs/decisions/0008-seat-api-and-several-nodes.md, where Hibernate cost a seat request about 16
 * round trips.
 */
@Component
class SessionRows {

    private final JdbcClient jdbc;

    SessionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a new open session; the unique key on open sessions refuses a second one for the account
     * with a {@link org.springframework.dao.DuplicateKeyException}.
     */
    SessionId insert(Applicant applicant, ClientDetails client, SeatKind seat, Instant now, Lease lease) {
        KeyHolder key = new GeneratedKeyHolder();
        Object at = DatabaseTime.parameter(now);
        jdbc.sql("""
                        INSERT INTO user_session (user_id, username, display_name, seat_kind, client, ip, browser, node,
                            login_time, last_activity, last_heartbeat, api_client_id, client_reference, lease_seconds,
                            reclaim_after_seconds)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        applicant.userId(),
                        applicant.username(),
                        applicant.displayName(),
                        seat.name(),
                        client.client(),
                        client.ip(),
                        client.browser(),
                        client.node(),
                        at,
                        at,
                        at,
                        lease == null ? null : lease.apiClientId(),
                        lease == null ? null : lease.reference(),
                        lease == null ? null : Math.toIntExact(lease.lease().toSeconds()),
                        lease == null
                                ? null
                                : Math.toIntExact(lease.reclaimAfter().toSeconds()))
                .update(key, "id");
        return new SessionId(key.getKeyAs(Number.class).longValue());
    }

    /** A session this connected application holds or held, as its release needs it; empty for any other. */
    Optional<LeasedSession> leased(SessionId id, long apiClientId) {
        return jdbc.sql("""
                        SELECT user_id, username, seat_kind, client, ip, browser, ended_at, end_reason
                        FROM user_session WHERE id = ? AND api_client_id = ?""")
                .params(id.value(), apiClientId)
                .query((rs, n) -> new LeasedSession(
                        new SeatHolder(
                                id,
                                rs.getLong("user_id"),
                                rs.getString("username"),
                                SeatKind.valueOf(rs.getString("seat_kind"))),
                        new ClientDetails(rs.getString("client"), rs.getString("ip"), rs.getString("browser"), null),
                        DatabaseTime.instant(rs, "ended_at"),
                        rs.getString("end_reason") == null ? null : EndReason.valueOf(rs.getString("end_reason"))))
                .optional();
    }

    /** A leased session as read for its release. */
    record LeasedSession(SeatHolder holder, ClientDetails client, Instant endedAt, EndReason endReason) {

        boolean ended() {
            return endedAt != null;
        }
    }
}
