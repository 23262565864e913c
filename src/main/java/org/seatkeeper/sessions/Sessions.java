package org.seatkeeper.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see and do with open sessions (seed 002's "Active Sessions", rule 10). */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class Sessions {

    private final UserSessionRepository sessions;
    private final SessionEnder ender;
    private final ApplicationEventPublisher events;
    private final CurrentUser actor;
    private final Clock clock;
    private final SessionPolicies policies;
    private final OpenSessionsReader reader;

    Sessions(
            UserSessionRepository sessions,
            SessionEnder ender,
            ApplicationEventPublisher events,
            CurrentUser actor,
            Clock clock,
            SessionPolicies policies,
            OpenSessionsReader reader) {
        this.reader = reader;
        this.sessions = sessions;
        this.ender = ender;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
        this.policies = policies;
    }

    /** Every session not ended yet, oldest sign-in first, with live/stale and idle seconds as of now. */
    public List<OpenSession> open() {
        return reader.open();
    }

    /** Closes every stale session (seed 002's CLOSE, for all at once); returns how many were closed. */
    @Transactional
    public int closeAllStale() {
        Instant now = clock.instant();
        int closed = 0;
        for (UserSession session : sessions.findAllOpen()) {
            if (!session.isLiveAt(now, staleAfter())
                    && ender.endIfStale(session, EndReason.CLOSED_BY_ADMINISTRATOR, now)) {
                closed++;
                events.publishEvent(new AdministrativeChange(
                        actor.name(),
                        now,
                        "Session closed",
                        "session " + session.id() + " of " + session.username() + " (" + session.displayName() + ")",
                        "open, stale",
                        "closed"));
            }
        }
        return closed;
    }

    /**
     * Closes those of these sessions that are stale, in one transaction, and leaves the live ones
     * (rule 10: their tab or client is still open, so the administrator must ask instead).
     */
    @Transactional
    public ClosedSessions closeStale(Collection<SessionId> ids) {
        Instant now = clock.instant();
        Duration staleAfter = staleAfter();
        int closed = 0;
        int live = 0;
        int ended = 0;
        for (SessionId id : ids) {
            UserSession session = sessions.findById(id.value())
                    .filter(open -> open.endedAt() == null)
                    .orElse(null);
            if (session == null) {
                ended++;
            } else if (!session.isLiveAt(now, staleAfter)
                    && ender.endIfStale(session, EndReason.CLOSED_BY_ADMINISTRATOR, now)) {
                closed++;
                recordClosed(session, now);
            } else {
                live++;
            }
        }
        return new ClosedSessions(closed, live, ended);
    }

    /** The signed-in person's own open sessions (My sessions), for anyone signed in. */
    @PreAuthorize("isAuthenticated()")
    public List<OpenSession> mine() {
        return reader.openOf(actor.name());
    }

    /**
     * Closes a stale session and frees its seat (seed 002's CLOSE).
     *
     * @throws RefusedException when the session is live (its tab or client is still open: rule 10) or
     *                          has already ended
     */
    @Transactional
    public void closeStale(SessionId id) {
        Instant now = clock.instant();
        UserSession session = openSession(id);
        if (session.isLiveAt(now, staleAfter()) || !ender.endIfStale(session, EndReason.CLOSED_BY_ADMINISTRATOR, now)) {
            UserSession current = openSession(id);
            long secondsAgo =
                    Math.max(0, Duration.between(current.lastHeartbeat(), now).toSeconds());
            throw new RefusedException(
                    SessionRefusal.STILL_LIVE,
                    current.displayName(),
                    current.clientDetails().whereTerm(),
                    secondsAgo);
        }
        recordClosed(session, now);
    }

    private void recordClosed(UserSession session, Instant now) {
        events.publishEvent(new AdministrativeChange(
                actor.name(),
                now,
                "Session closed",
                "session " + session.id() + " of " + session.username() + " (" + session.displayName() + ")",
                "open since " + session.loginTime() + ", " + session.seat().label() + " seat",
                "ended, seat freed"));
    }

    /**
     * Asks the user of a session to sign out (rule 10): heartbeats answer
     * {@link HeartbeatReply#SIGN_OUT_REQUESTED} from now on, and {@link SignOutRequested} lets a live
     * feed tell the user at once.
     *
     * @throws RefusedException when the session has already ended
     */
    @Transactional
    public void requestSignOut(SessionId id) {
        Instant now = clock.instant();
        UserSession session = openSession(id);
        if (sessions.requestSignOut(id.value(), now) != 1) {
            throw new RefusedException(SessionRefusal.ENDED_OF, session.displayName());
        }
        String requestedBy = actor.name();
        events.publishEvent(new SignOutRequested(id, session.userId(), session.username(), requestedBy, now));
        events.publishEvent(new AdministrativeChange(
                requestedBy,
                now,
                "Sign-out requested",
                "session " + id + " of " + session.username() + " (" + session.displayName() + ")",
                "open",
                "sign-out requested"));
    }

    private UserSession openSession(SessionId id) {
        return sessions.findById(id.value())
                .filter(session -> session.endedAt() == null)
                .orElseThrow(() -> new RefusedException(SessionRefusal.ENDED));
    }

    /** The stale threshold in force now (administrators may change it at any time). */
    private Duration staleAfter() {
        return policies.current().staleAfter();
    }
}
