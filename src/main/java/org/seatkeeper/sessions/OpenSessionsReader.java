package org.seatkeeper.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the open sessions as rows, not entities: the live views re-read them every second, for
 * thousands of sessions, and a plain projection costs a fraction of loading managed entities.
 */
@Component
class OpenSessionsReader {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionPolicies policies;

    OpenSessionsReader(JdbcClient jdbc, Clock clock, SessionPolicies policies) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policies = policies;
    }

    private static final String COLUMNS = """
            SELECT id, user_id, username, display_name, seat_kind, client, ip, browser, node, login_time,
                   last_activity, last_heartbeat, sign_out_requested_at, open_tabs, lease_seconds, client_reference
            FROM user_session""";

    List<OpenSession> open() {
        Instant now = clock.instant();
        Duration staleAfter = policies.current().staleAfter();
        return jdbc.sql(COLUMNS + " WHERE ended_at IS NULL ORDER BY login_time, id")
                .query((rs, n) -> row(rs, now, staleAfter))
                .list();
    }

    /** The open sessions of one account (one, by rule 9, unless a replacement is under way). */
    List<OpenSession> openOf(String username) {
        Instant now = clock.instant();
        Duration staleAfter = policies.current().staleAfter();
        return jdbc.sql(COLUMNS + " WHERE ended_at IS NULL AND username = ? ORDER BY login_time, id")
                .param(username)
                .query((rs, n) -> row(rs, now, staleAfter))
                .list();
    }

    /**
     * A stale portal session shows no open tab whatever its last heartbeat said: no tab has reported
     * for the stale threshold. Sessions of connected applications have no tabs (null).
     */
    private static OpenSession row(ResultSet rs, Instant now, Duration staleAfter) throws SQLException {
        Instant lastActivity = DatabaseTime.instant(rs, "last_activity");
        Instant lastHeartbeat = DatabaseTime.instant(rs, "last_heartbeat");
        Integer leaseSeconds = rs.getObject("lease_seconds", Integer.class);
        Duration stale = leaseSeconds == null ? staleAfter : Duration.ofSeconds(leaseSeconds);
        boolean live = lastHeartbeat.plus(stale).isAfter(now);
        Integer openTabs =
                leaseSeconds != null ? null : live ? rs.getObject("open_tabs", Integer.class) : Integer.valueOf(0);
        return new OpenSession(
                new SessionId(rs.getLong("id")),
                rs.getLong("user_id"),
                rs.getString("username"),
                rs.getString("display_name"),
                SeatKind.valueOf(rs.getString("seat_kind")),
                rs.getString("client"),
                rs.getString("ip"),
                rs.getString("browser"),
                rs.getString("node"),
                DatabaseTime.instant(rs, "login_time"),
                lastActivity,
                lastHeartbeat,
                live,
                Math.max(0, Duration.between(lastActivity, now).toSeconds()),
                rs.getObject("sign_out_requested_at") != null,
                openTabs,
                rs.getString("client_reference"));
    }
}
