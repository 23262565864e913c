package org.seatkeeper.sessions;

import java.time.Instant;
import java.util.Optional;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The session row a seat's release by its application reads, as a plain statement: one round trip, with
 * no entity loaded, flushed or cleared (docs/decisions/0008-seat-api-and-several-nodes.md, where Hibernate
 * cost a seat request about 16 round trips). The admission writes its row inside its procedure
 * ({@link SeatCalls}).
 */
@Component
class SessionRows {

    private final JdbcClient jdbc;

    SessionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
