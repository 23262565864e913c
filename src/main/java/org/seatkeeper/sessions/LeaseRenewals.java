package org.seatkeeper.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import org.seatkeeper.shared.DatabaseTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lease renewals of the seat API on a small connection pool of their own. Renewals are most of the
 * load of a large installation (tens of thousands of seats renewed every 20 s), each a single
 * autocommitted conditional UPDATE and one read, and they must never wait for a connection behind a
 * burst of sign-ins: on the shared pool, under overload, renewals queued until leases ran out and
 * seats were reclaimed mid-burst (issue 13). The pool copies the main pool's settings (URL,
 * credentials) and only changes its size and name.
 */
@Component
class LeaseRenewals {

    private static final Logger log = LoggerFactory.getLogger(LeaseRenewals.class);

    private final HikariDataSource ownPool;
    private final JdbcClient jdbc;

    LeaseRenewals(DataSource main, @Value("${seatkeeper.seats.heartbeat-connections:4}") int connections) {
        this.ownPool = main instanceof HikariDataSource hikari ? poolBeside(hikari, connections) : null;
        if (ownPool == null) {
            log.warn("The DataSource is not a Hikari pool: seat lease renewals share its connections");
        }
        this.jdbc = JdbcClient.create(ownPool == null ? main : ownPool);
    }

    private static HikariDataSource poolBeside(HikariDataSource main, int connections) {
        HikariConfig config = new HikariConfig();
        main.copyStateTo(config);
        config.setPoolName((main.getPoolName() == null ? "seatkeeper" : main.getPoolName()) + "-renewals");
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        config.setAutoCommit(true);
        config.setRegisterMbeans(false);
        // Created lazily: the schema (Liquibase) is in place by the first renewal.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /**
     * Renews the lease of this client's open seat in one autocommitted statement, then reads what the
     * reply needs (the lease, and a sign-out request if any).
     *
     * @return empty when the seat is not this client's or has ended
     */
    Optional<Renewal> renew(SessionId id, long apiClientId, boolean acted, Instant now) {
        Object at = DatabaseTime.parameter(now);
        int renewed = jdbc.sql("""
                        UPDATE user_session SET last_heartbeat = ?, last_activity = CASE WHEN ? THEN ? ELSE last_activity END
                        WHERE id = ? AND api_client_id = ? AND ended_at IS NULL""")
                .params(at, acted, at, id.value(), apiClientId)
                .update();
        if (renewed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT lease_seconds, sign_out_requested_at FROM user_session WHERE id = ?")
                .param(id.value())
                .query((rs, n) -> new Renewal(Duration.ofSeconds(rs.getInt("lease_seconds")),
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

    private record Ending(Instant at, String reason) {
    }

    @PreDestroy
    void close() {
        if (ownPool != null) {
            ownPool.close();
        }
    }

    /** A renewed lease: its length, and when the user was asked to sign out, if they were. */
    record Renewal(Duration lease, Instant signOutRequestedAt) {
    }
}
