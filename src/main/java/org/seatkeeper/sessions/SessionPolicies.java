package org.seatkeeper.sessions;

import java.time.Clock;
import java.time.Duration;

import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.RefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session settings, one row in the database so every node uses the same. Read by the system on
 * every admission and heartbeat (no method security); changed by administrators only.
 */
@Service
@Transactional(readOnly = true)
public class SessionPolicies {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final CurrentUser actor;
    private final Clock clock;
    private final Duration heartbeatInterval;

    SessionPolicies(JdbcTemplate jdbc, ApplicationEventPublisher events, CurrentUser actor, Clock clock,
                    @Value("${vaadin.heartbeatInterval:300}") long heartbeatSeconds) {
        this.jdbc = JdbcClient.create(jdbc);
        this.events = events;
        this.actor = actor;
        this.clock = clock;
        this.heartbeatInterval = Duration.ofSeconds(heartbeatSeconds);
    }

    public SessionPolicy current() {
        return jdbc.sql("SELECT stale_after_seconds, idle_timeout_seconds, auto_timeout_disabled, version"
                        + " FROM session_policy WHERE id = 1")
                .query((rs, n) -> new SessionPolicy(Duration.ofSeconds(rs.getInt(1)), Duration.ofSeconds(rs.getInt(2)),
                        rs.getBoolean(3), rs.getLong(4)))
                .single();
    }

    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /**
     * @throws RefusedException when a value is out of range, or someone else changed the settings since
     *                          {@code changed.version()} was read
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SessionPolicy change(SessionPolicy changed) {
        changed.refusal(heartbeatInterval).ifPresent(refusal -> {
            throw new RefusedException(refusal);
        });
        SessionPolicy before = current();
        int updated = jdbc.sql("UPDATE session_policy SET stale_after_seconds = ?, idle_timeout_seconds = ?,"
                        + " auto_timeout_disabled = ?, version = version + 1 WHERE id = 1 AND version = ?")
                .params(changed.staleAfter().toSeconds(), changed.idleTimeout().toSeconds(),
                        changed.autoTimeoutDisabled(), changed.version())
                .update();
        if (updated != 1) {
            throw new RefusedException("Someone else changed the session settings meanwhile. Reload them and make"
                    + " your change again.");
        }
        events.publishEvent(new AdministrativeChange(actor.name(), clock.instant(), "Session settings changed",
                "session settings", before.describe(), changed.describe()));
        return current();
    }
}
