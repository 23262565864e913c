package org.seatkeeper.sessions;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
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
    private final SessionRows rows;
    private final SeatCalls calls;
    private final LeaseRenewals renewals;
    private final SeatPools seatPools;
    private final SessionEnder ender;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionPolicies policies;
    private final TransactionTemplate transaction;
    private final ConflictRetry retry;
    private final Duration signOutGrace;
    private final MeterRegistry meters;
    /** The admission timer of each outcome, found once: the registry's lookup cost every admission. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    Admissions(
            UserSessionRepository sessions,
            SessionRows rows,
            SeatCalls calls,
            LeaseRenewals renewals,
            SeatPools seatPools,
            SessionEnder ender,
            ApplicationEventPublisher events,
            Clock clock,
            SessionPolicies policies,
            TransactionTemplate transaction,
            ConflictRetry retry,
            MeterRegistry meters,
            SessionSettings settings) {
        this.meters = meters;
        this.retry = retry;
        this.signOutGrace = settings.sessions().signOutGrace();
        this.sessions = sessions;
        this.rows = rows;
        this.calls = calls;
        this.renewals = renewals;
        this.seatPools = seatPools;
        this.ender = ender;
        this.events = events;
        this.clock = clock;
        this.policies = policies;
        this.transaction = transaction;
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
        return admit(applicant, client, null);
    }

    /**
     * Admits the applicant of a connected application on a {@link Lease}: the same rules and the same
     * pools as a portal sign-in, but the seat stays live only while the application renews it
     * ({@link #renewLease}) and is reclaimed after the lease plus grace ({@link #reclaimLeases}).
     * Each transaction is retried when it loses a deadlock or a Galera certification conflict.
     */
    public AdmittedSession admit(Applicant applicant, ClientDetails client, Lease lease) {
        return admit(applicant, client, lease, lease == null ? null : client.client());
    }

    /**
     * Admits a portal sign-in and writes its access-log row ("signed in", under {@code logAs}) in the
     * admission's own transaction, as the seat API's grants are: one commit instead of two per sign-in.
     * Without a seat the row rolls back with the session, and the caller logs the refusal.
     */
    public AdmittedSession admitAndLog(Applicant applicant, ClientDetails client, String logAs) {
        return admit(applicant, client, null, Objects.requireNonNull(logAs, "logAs"));
    }

    private AdmittedSession admit(Applicant applicant, ClientDetails client, Lease lease, String logAs) {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(client, "client");
        Timer.Sample started = Timer.start(meters);
        String outcome = "failed";
        try {
            AdmittedSession admitted = admitOnce(applicant, client, lease, logAs);
            outcome = "admitted";
            return admitted;
        } catch (NoSeatException full) {
            outcome = "no-seat";
            throw full;
        } catch (AlreadySignedInException signedIn) {
            outcome = "already-signed-in";
            throw signedIn;
        } finally {
            started.stop(
                    timers.computeIfAbsent(outcome, tag -> meters.timer(SessionMetrics.ADMISSION, "outcome", tag)));
        }
    }

    private AdmittedSession admitOnce(Applicant applicant, ClientDetails client, Lease lease, String logAs) {
        try {
            Optional<AdmittedSession> admitted = open(applicant, client, lease, logAs);
            if (admitted.isPresent()) {
                return admitted.get();
            }
            retry.run(
                    "Replacing a stale session",
                    () -> transaction.execute(status -> {
                        replaceStaleOrRefuse(applicant.userId());
                        return null;
                    }));
            return open(applicant, client, lease, logAs)
                    .orElseThrow(() -> transaction.execute(status -> sessions.findOpenByUserId(applicant.userId())
                            .map(open -> alreadySignedIn(open, clock.instant()))
                            .orElseGet(() -> new AlreadySignedInException())));
        } catch (DataIntegrityViolationException e) {
            // The unique key on open sessions: the same account was admitted at the same instant
            // elsewhere; our seat was rolled back with our session.
            throw transaction.execute(status -> sessions.findOpenByUserId(applicant.userId())
                    .map(winner -> alreadySignedIn(winner, clock.instant()))
                    .orElseGet(AlreadySignedInException::new));
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
        boolean requested =
                sessions.findById(id.value()).map(UserSession::signOutRequested).orElse(false);
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
     * How many browser tabs of a portal session are open on this node, recorded as soon as one opens
     * or closes, so the administrators' list is right before the next heartbeat.
     */
    @Transactional
    public void recordOpenTabs(SessionId id, int openTabs) {
        sessions.recordOpenTabs(id.value(), openTabs);
    }

    /**
     * Where each of these sessions stands now, as the database says, for a node whose tabs must learn
     * of an end or a sign-out request made on another node. Sessions unknown to the database are left
     * out.
     */
    @Transactional(readOnly = true)
    public Map<SessionId, SessionState> statesOf(Collection<SessionId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<SessionId, SessionState> states = new HashMap<>();
        sessions.findAllById(ids.stream().map(SessionId::value).toList())
                .forEach(session ->
                        states.put(session.id(), new SessionState(session.endReason(), session.signOutRequested())));
        return states;
    }

    /**
     * Renews the lease of a seat held by this connected application, recording whether its user acted
     * since the last renewal (idle time). One read on the renewals' own connections ({@link LeaseRenewals}),
     * outside any transaction, so a renewal never waits behind sign-ins for a connection; the write is
     * batched with the others of the next second, or made at once when the seat is near its reclaim
     * deadline ({@link RenewalsWrittenBehind}).
     *
     * @return {@link LeaseReply.Renewed}, {@link LeaseReply.Ended} with the reason when the seat was
     *         closed, timed out or reclaimed, or {@link LeaseReply.Unknown} when this application holds
     *         no seat with this id
     */
    public LeaseReply renewLease(SessionId id, long apiClientId, boolean acted) {
        return renewals.renew(id, apiClientId, acted, clock.instant());
    }

    /**
     * Releases a seat held by this connected application at once (its user signed out): the session read,
     * then one procedure call that ends it, writes its access log row and gives the seat back, one
     * transaction ({@link SeatCalls#endLease}).
     */
    public LeaseReply releaseLease(SessionId id, long apiClientId) {
        return retry.run("Releasing seat " + id.value(), () -> {
            Instant now = clock.instant();
            Optional<SessionRows.LeasedSession> leased = rows.leased(id, apiClientId);
            if (leased.isEmpty()) {
                return new LeaseReply.Unknown(id);
            }
            SessionRows.LeasedSession session = leased.get();
            if (session.ended()) {
                return new LeaseReply.Ended(id, session.endReason(), session.endedAt());
            }
            ClientDetails client = session.client();
            SignInAttempt signedOut = new SignInAttempt(
                    session.holder().username(),
                    now,
                    client.ip(),
                    true,
                    "signed out",
                    client.browser(),
                    client.client());
            if (!calls.endLease(session.holder(), EndReason.SIGNED_OUT, now, signedOut)) {
                // Ended by someone else between our read and our end: nothing of ours was written.
                return renewals.notRenewable(id, apiClientId);
            }
            events.publishEvent(signedOut.asRecorded());
            ender.announce(session.holder(), EndReason.SIGNED_OUT, now);
            return new LeaseReply.Released(id, session.holder().username());
        });
    }

    /**
     * Frees the seats of connected applications that stopped renewing them for longer than the lease
     * plus grace (a crashed application, or a node that died with its clients' sessions), and of users
     * who were asked to sign out and did not within the sign-out grace (rule 10). Each in its own
     * transaction; a renewal that arrives meanwhile wins.
     *
     * @return how many seats were reclaimed
     */
    public int reclaimLeases() {
        Instant now = clock.instant();
        int reclaimed = 0;
        for (UserSession quiet : sessions.findOpenLeasesToReclaim(now, now.minus(signOutGrace))) {
            boolean signOutOverdue = quiet.signOutRequestedAt() != null
                    && !quiet.signOutRequestedAt().isAfter(now.minus(signOutGrace));
            Boolean done = retry.run(
                    "Reclaiming a seat",
                    () -> transaction.execute(status -> signOutOverdue
                            ? ender.end(quiet, EndReason.SIGN_OUT_REQUEST_EXPIRED, now)
                            : ender.endIfLeaseExpired(quiet, now)));
            if (Boolean.TRUE.equals(done)) {
                reclaimed++;
            }
        }
        return reclaimed;
    }

    /** Ends each of these sessions that is still open, each in its own transaction; returns how many. */
    int endAll(List<Long> ids, EndReason reason) {
        int ended = 0;
        for (long id : ids) {
            Boolean done =
                    retry.run("Ending a session", () -> transaction.execute(status -> end(new SessionId(id), reason)));
            if (Boolean.TRUE.equals(done)) {
                ended++;
            }
        }
        return ended;
    }

    /**
     * Rule 11: ends every session whose user has not acted for {@code idleTimeout}, each in its own
     * transaction (one pool row locked at a time), freeing their seats at once. The caller skips this
     * when "disable auto timeout" is set.
     * <p>
     * A portal session whose tab is open is ended on time by its node's countdown, which knows the
     * user's last action to the second; the stored last activity is written at the tab's next heartbeat,
     * so it may lag by one heartbeat interval. The sweep gives portal sessions that interval more, so it
     * never ends one whose user has just chosen to stay signed in; it ends the rest, such as portal
     * sessions whose tabs are gone and sessions of connected applications, which report activity
     * themselves. Their renewals are written behind, so a leased session's stored last activity may lag
     * its user's by up to {@link LeaseRenewals#activityLag()} (10 s by default): the sweep gives leased
     * sessions that much more.
     *
     * @return how many sessions were ended
     */
    public int endIdleSessions(Duration idleTimeout) {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("The idle timeout must be positive");
        }
        Instant now = clock.instant();
        Instant idleBefore = now.minus(idleTimeout);
        Instant portalIdleBefore = idleBefore.minus(policies.heartbeatInterval());
        Instant leasedIdleBefore = idleBefore.minus(renewals.activityLag());
        int ended = 0;
        for (UserSession idle : sessions.findOpenIdleSince(idleBefore)) {
            Instant cutOff = idle.leased() ? leasedIdleBefore : portalIdleBefore;
            Boolean done = transaction.execute(status -> ender.endIfIdle(idle, now, cutOff));
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
                throw alreadySignedIn(open, now);
            }
            if (!ender.endIfStale(open, EndReason.REPLACED_STALE, now)) {
                // A heartbeat revived it between our read and our update, or it ended meanwhile.
                sessions.findOpenByUserId(userId).ifPresent(revived -> {
                    throw alreadySignedIn(revived, clock.instant());
                });
            }
        });
    }

    /**
     * Records the session first and takes the seat last, so that the hot pool row is locked only for
     * the moment between its UPDATE and the COMMIT that follows at once: every admission and release
     * on a node queues for that row, and measured under load, holding it while the session was
     * inserted cut the admission rate several times (docs/decisions/0008-seat-api-and-several-nodes.md).
     * When every pool is full the transaction rolls back and the refusal with its figures is read
     * after the locks are gone.
     *
     * @return empty when the account already has an open session, which the caller must replace or
     *         refuse first (rule 9) in a transaction of its own
     */
    private Optional<AdmittedSession> open(Applicant applicant, ClientDetails client, Lease lease, String logAs) {
        AdmissionClass admissionClass = applicant.admissionClass();
        Attempt attempt = retry.run("Admitting " + applicant.username(), () -> {
            Instant now = clock.instant();
            // The access log row of the sign-in commits with the session, written before the pool row is
            // locked; without a seat it rolls back too.
            SignInAttempt logged = logAs == null
                    ? null
                    : new SignInAttempt(
                            applicant.username(), now, client.ip(), true, "signed in", client.browser(), logAs);
            Optional<AdmittedSession> admitted;
            try {
                admitted = calls.admit(admissionClass, applicant, client, now, lease, logged);
            } catch (DuplicateKeyException open) {
                // The unique key on open sessions: this account has one (rule 9), or one is being admitted
                // at this moment and has just committed. Nothing was written.
                return Attempt.OCCUPIED;
            }
            if (admitted.isEmpty()) {
                return Attempt.NO_SEAT;
            }
            AdmittedSession session = admitted.get();
            if (logged != null) {
                events.publishEvent(logged.asRecorded());
            }
            events.publishEvent(new SessionStarted(
                    session.id(),
                    applicant.userId(),
                    applicant.username(),
                    session.seat(),
                    client.client(),
                    client.ip(),
                    now));
            return new Attempt(session);
        });
        if (attempt == Attempt.NO_SEAT) {
            throw AdmissionRule.noSeat(admissionClass, seatPools.snapshot());
        }
        return Optional.ofNullable(attempt.admitted());
    }

    /** The outcome of one admission transaction. */
    private record Attempt(AdmittedSession admitted) {
        static final Attempt OCCUPIED = new Attempt(null);
        static final Attempt NO_SEAT = new Attempt(null);
    }

    private AlreadySignedInException alreadySignedIn(UserSession open, Instant now) {
        long secondsUntilStale = Math.max(
                1,
                Duration.between(now, open.lastHeartbeat().plus(open.staleAfter(staleAfter())))
                        .toSeconds());
        return new AlreadySignedInException(
                open.clientDetails().whereTerm(), open.loginTime(), formatted(open.loginTime()), secondsUntilStale);
    }

    private String formatted(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
                .withZone(clock.getZone())
                .format(instant);
    }

    /** The stale threshold in force now (administrators may change it at any time). */
    private Duration staleAfter() {
        return policies.current().staleAfter();
    }
}
