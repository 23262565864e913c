package org.seatkeeper.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.seatkeeper.shared.RefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door into a session, for the portal and for connected applications alike: takes a seat
 * (rule 7, atomically per rule 8) and opens the session in one transaction, keeps one open session per
 * account (rule 9), and frees the seat in the same transaction that ends a session (rule 11).
 * <p>
 * Not method-secured: sign-in, heartbeats and the idle sweep call it on behalf of the system, before
 * or outside any administrator's authentication. Callers decide who the applicant is and which
 * {@link AdmissionClass} they have.
 */
@Service
public class Admissions {

    private final UserSessionRepository sessions;
    private final SeatPools seatPools;
    private final SessionEnder ender;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionPolicies policies;
    private final TransactionTemplate transaction;

    Admissions(UserSessionRepository sessions, SeatPools seatPools, SessionEnder ender,
               ApplicationEventPublisher events, Clock clock, SessionPolicies policies,
               PlatformTransactionManager transactionManager) {
        this.sessions = sessions;
        this.seatPools = seatPools;
        this.ender = ender;
        this.events = events;
        this.clock = clock;
        this.policies = policies;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Admits the applicant. A stale open session of the same account is ended first, in its own
     * transaction, so its seat is free before the new one is taken and no transaction ever locks the
     * pools in two orders; then a seat is taken and the session created in one transaction.
     *
     * @throws RefusedException when all candidate pools are full ("All licences are in use. Try again
     *                          later.") or the account has a live session elsewhere (saying where and
     *                          since when)
     */
    public AdmittedSession admit(Applicant applicant, ClientDetails client) {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(client, "client");
        transaction.executeWithoutResult(status -> replaceStaleOrRefuse(applicant.userId()));
        try {
            return transaction.execute(status -> open(applicant, client));
        } catch (DataIntegrityViolationException e) {
            // The unique key on open sessions: the same account was admitted at the same instant
            // elsewhere; our seat was rolled back with our session.
            throw transaction.execute(status -> sessions.findOpenByUserId(applicant.userId())
                    .map(winner -> new AlreadySignedInException(alreadySignedIn(winner, clock.instant())))
                    .orElseGet(() -> new AlreadySignedInException("Another sign-in of this account was in progress at the"
                            + " same moment (one session per account, rule 9). Try again.")));
        }
    }

    /**
     * Ends a session and frees its seat in the same transaction. Ending a session that has already
     * ended changes nothing.
     *
     * @return true when this call ended it
     */
    @Transactional
    public boolean end(SessionId id, EndReason reason) {
        Objects.requireNonNull(reason, "reason");
        return sessions.findById(id.value())
                .map(session -> ender.end(session, reason, clock.instant()))
                .orElse(false);
    }

    /**
     * Records that the client is still there and, if the user acted since the last beat, that they are
     * not idle.
     *
     * @return {@link HeartbeatReply#ENDED} when the session has ended and the client must sign out;
     *         {@link HeartbeatReply#SIGN_OUT_REQUESTED} when an administrator asked for it
     */
    @Transactional
    public HeartbeatReply heartbeat(SessionId id, boolean acted) {
        Instant now = clock.instant();
        int updated = acted ? sessions.heartbeatWithActivity(id.value(), now) : sessions.heartbeat(id.value(), now);
        if (updated == 0) {
            return HeartbeatReply.ENDED;
        }
        boolean requested = sessions.findById(id.value()).map(UserSession::signOutRequested).orElse(false);
        return requested ? HeartbeatReply.SIGN_OUT_REQUESTED : HeartbeatReply.CONTINUE;
    }

    /** A portal heartbeat, which also says how many of the session's browser tabs are open on this node. */
    @Transactional
    public HeartbeatReply heartbeat(SessionId id, boolean acted, int openTabs) {
        HeartbeatReply reply = heartbeat(id, acted);
        if (reply != HeartbeatReply.ENDED) {
            sessions.recordOpenTabs(id.value(), openTabs);
        }
        return reply;
    }

    /**
     * Rule 11: ends every session whose user has not acted for {@code idleTimeout}, each in its own
     * transaction (one pool row locked at a time), freeing their seats at once. The caller skips this
     * when "disable auto timeout" is set.
     *
     * @return how many sessions were ended
     */
    public int endIdleSessions(Duration idleTimeout) {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("The idle timeout must be positive");
        }
        Instant now = clock.instant();
        int ended = 0;
        for (UserSession idle : sessions.findOpenIdleSince(now.minus(idleTimeout))) {
            Boolean done = transaction.execute(status -> ender.endIfIdle(idle, now, idleTimeout));
            if (Boolean.TRUE.equals(done)) {
                ended++;
            }
        }
        return ended;
    }

    private void replaceStaleOrRefuse(long userId) {
        Instant now = clock.instant();
        sessions.findOpenByUserId(userId).ifPresent(open -> {
            if (open.isLiveAt(now, staleAfter())) {
                throw new AlreadySignedInException(alreadySignedIn(open, now));
            }
            if (!ender.endIfStale(open, EndReason.REPLACED_STALE, now)) {
                // A heartbeat revived it between our read and our update, or it ended meanwhile.
                sessions.findOpenByUserId(userId).ifPresent(revived -> {
                    throw new AlreadySignedInException(alreadySignedIn(revived, clock.instant()));
                });
            }
        });
    }

    private AdmittedSession open(Applicant applicant, ClientDetails client) {
        Instant now = clock.instant();
        SeatKind seat = seatPools.take(applicant.admissionClass());
        UserSession session = sessions.saveAndFlush(new UserSession(applicant, client, seat, now));
        events.publishEvent(new SessionStarted(session.id(), applicant.userId(), applicant.username(), seat,
                client.client(), client.ip(), now));
        return new AdmittedSession(session.id(), seat, now);
    }

    private String alreadySignedIn(UserSession open, Instant now) {
        long secondsUntilStale = Math.max(1,
                Duration.between(now, open.lastHeartbeat().plus(staleAfter())).toSeconds());
        return "This account is already signed in: " + open.clientDetails().where() + " since "
                + formatted(open.loginTime()) + ". One session per account (rule 9): sign out there first."
                + " If that window was closed, try again in " + secondsUntilStale + " s.";
    }

    private String formatted(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(clock.getZone()).format(instant);
    }

    /** The stale threshold in force now (administrators may change it at any time). */
    private Duration staleAfter() {
        return policies.current().staleAfter();
    }
}
