package org.seatkeeper.sessions;

import java.time.Clock;
import java.time.Duration;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
    private final SessionPolicyLimits limits;

    SessionPolicies(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            CurrentUser actor,
            Clock clock,
            // Vaadin's own setting and Vaadin's own default, not one of Seatkeeper's settings records.
            @Value("${vaadin.heartbeatInterval:300}") long heartbeatSeconds) {
        this.jdbc = jdbc;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
        this.heartbeatInterval = Duration.ofSeconds(heartbeatSeconds);
        this.limits = new SessionPolicyLimits(heartbeatInterval);
    }

    public SessionPolicy current() {
        return jdbc.sql("SELECT stale_after_seconds, idle_timeout_seconds, auto_timeout_disabled, idle_warning_seconds,"
                        + " version FROM session_policy WHERE id = 1")
                .query((rs, n) -> new SessionPolicy(
                        Duration.ofSeconds(rs.getInt(1)),
                        Duration.ofSeconds(rs.getInt(2)),
                        rs.getBoolean(3),
                        Duration.ofSeconds(rs.getInt(4)),
                        rs.getLong(5)))
                .single();
    }

    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /** The allowed range of each setting. */
    public SessionPolicyLimits limits() {
        return limits;
    }

    /**
     * @throws SessionPolicyRefusedException when a value is out of its range, naming the setting
     * @throws RefusedException              when someone else changed the settings since
     *                                       {@code changed.version()} was read
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public SessionPolicy change(SessionPolicy changed) {
        limits.refusals(changed).values().stream().findFirst().ifPresent(problem -> {
            throw problem;
        });
        SessionPolicy before = current();
        int updated = jdbc.sql("UPDATE session_policy SET stale_after_seconds = ?, idle_timeout_seconds = ?,"
                        + " auto_timeout_disabled = ?, idle_warning_seconds = ?, version = version + 1"
                        + " WHERE id = 1 AND version = ?")
                .params(
                        changed.staleAfter().toSeconds(),
                        changed.idleTimeout().toSeconds(),
                        changed.autoTimeoutDisabled(),
                        changed.idleWarning().toSeconds(),
                        changed.version())
                .update();
        if (updated != 1) {
            throw new RefusedException(SessionRefusal.SETTINGS_CHANGED_MEANWHILE);
        }
        events.publishEvent(new AdministrativeChange(
                actor.name(),
                clock.instant(),
                "Session settings changed",
                "session settings",
                describe(before),
                describe(changed)));
        return current();
    }

    static String describe(SessionPolicy policy) {
        return "stale after " + policy.staleAfter().toSeconds() + " s, idle timeout "
                + policy.idleTimeout().toMinutes() + " min, auto timeout "
                + (policy.autoTimeoutDisabled() ? "disabled" : "enabled") + ", warning "
                + policy.idleWarning().toSeconds() + " s before";
    }
}
