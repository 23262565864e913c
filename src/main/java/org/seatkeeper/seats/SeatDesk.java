package org.seatkeeper.seats;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import org.seatkeeper.directory.InvalidUsernameException;
import org.seatkeeper.directory.LoginAccount;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.directory.LoginRefusal;
import org.seatkeeper.directory.Username;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.AlreadySignedInException;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.Lease;
import org.seatkeeper.sessions.LeaseReply;
import org.seatkeeper.sessions.NoSeatException;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.SessionSettings;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.NodeName;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What a connected application may do with seats: take one for a user through the one admission
 * engine (rules 5-9, the same pools as the portal), renew its lease, release it. Every seat request
 * and release is in the access log under the application's name (rule 12): refusals from here,
 * grants and releases from the transaction that makes them.
 */
@Service
@PreAuthorize("hasRole('" + Roles.API_CLIENT + "')")
public class SeatDesk {

    private final LoginAccounts accounts;
    private final Admissions admissions;
    private final ApplicationEventPublisher events;
    private final CurrentUser caller;
    private final NodeName node;
    private final Clock clock;
    private final Duration lease;
    private final Duration grace;
    private final Duration retryAfter;

    SeatDesk(
            LoginAccounts accounts,
            Admissions admissions,
            ApplicationEventPublisher events,
            CurrentUser caller,
            NodeName node,
            Clock clock,
            SessionSettings sessionSettings,
            SeatSettings settings) {
        this.accounts = accounts;
        this.admissions = admissions;
        this.events = events;
        this.caller = caller;
        this.node = node;
        this.clock = clock;
        this.lease = sessionSettings.seats().lease();
        this.grace = sessionSettings.seats().grace();
        this.retryAfter = settings.retryAfter();
    }

    /**
     * Takes a seat for the user.
     *
     * @param remoteAddress the address the call came from, recorded when the application sends no ip
     * @throws SeatRefusal {@code invalid-username} for a name that breaks the username rule; {@code unknown-user},
     *                     {@code inactive}, {@code expired} or {@code no-login} when the user may not sign in;
     *                     {@code already-signed-in} when signed in live elsewhere; {@code no-seat}, with the
     *                     time to retry after, when no seat is free ({@link SeatProblems} chooses the statuses)
     */
    public SeatGrant take(SeatRequest request, String remoteAddress) {
        ApiClientIdentity client = client();
        Username username = canonical(request.username());
        String ip = request.ip() == null ? remoteAddress : request.ip();
        Attempt attempt = new Attempt(username.value(), ip, request.browser(), client.name());
        LoginAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> attempt.refused(
                        "unknown user",
                        new SeatRefusal(
                                        SeatRefusal.Reason.UNKNOWN_USER,
                                        "There is no user " + username + " with login credentials.")
                                .in((texts, language) ->
                                        texts.text(language, "api.problem.seat.unknown-user", username.value()))));
        LocalDate today = LocalDate.now(clock);
        account.refusalCodeOn(today).ifPresent(why -> {
            throw attempt.refused(
                    accessLogReason(why),
                    new SeatRefusal(
                                    apiReason(why),
                                    username + " may not sign in: "
                                            + account.refusalOn(today).orElseThrow() + ".")
                            .in((texts, language) -> texts.text(
                                    language,
                                    "seats.refused.may-not-sign-in",
                                    username.value(),
                                    texts.refusal(why, Collections.singletonList(account.validUntil()), language))));
        });
        try {
            AdmittedSession admitted = admissions.admit(
                    Applicant.of(account),
                    new ClientDetails(client.name(), ip, request.browser(), node.get()),
                    new Lease(client.id(), request.reference(), lease, grace));
            return new SeatGrant(
                    admitted.id().value(),
                    admitted.seat().name(),
                    lease.toSeconds(),
                    grace.toSeconds(),
                    admitted.loginTime());
        } catch (AlreadySignedInException signedIn) {
            throw attempt.refused(
                    "already signed in",
                    new SeatRefusal(SeatRefusal.Reason.ALREADY_SIGNED_IN, signedIn.getMessage())
                            .in((texts, language) -> texts.refusal(signedIn, language))
                            .with("where", signedIn.where())
                            .with("since", signedIn.since()));
        } catch (NoSeatException full) {
            throw attempt.refused(
                    "no seat",
                    new SeatRefusal(SeatRefusal.Reason.NO_SEAT, full.getMessage())
                            .in((texts, language) -> texts.refusal(full, language))
                            .retryAfter(retryAfter.toSeconds()));
        }
    }

    /**
     * Rule 13: the one canonical form, or a 400 that says what is wrong with the name, like any other
     * invalid field of the request (and, like them, not an attempt for the access log).
     */
    private static Username canonical(String typed) {
        try {
            return Username.of(typed);
        } catch (InvalidUsernameException invalid) {
            throw new SeatRefusal(SeatRefusal.Reason.INVALID_USERNAME, invalid.getMessage())
                    .in((texts, language) -> texts.refusal(invalid, language));
        }
    }

    /** Renews the lease of one of this application's seats. */
    public LeaseReply renew(long seatId, boolean acted) {
        return admissions.renewLease(new SessionId(seatId), client().id(), acted);
    }

    /** Releases one of this application's seats; the release is in the access log. */
    public LeaseReply release(long seatId) {
        return admissions.releaseLease(new SessionId(seatId), client().id());
    }

    private ApiClientIdentity client() {
        return caller.authentication()
                .map(a -> a.getPrincipal())
                .filter(ApiClientIdentity.class::isInstance)
                .map(ApiClientIdentity.class::cast)
                .orElseThrow(() -> new IllegalStateException("Seat calls need an authenticated API client"));
    }

    /** Why the directory refuses the account's sign-in, as the API's reason. */
    private static SeatRefusal.Reason apiReason(LoginRefusal refusal) {
        return switch (refusal) {
            case INACTIVE -> SeatRefusal.Reason.INACTIVE;
            case EXPIRED -> SeatRefusal.Reason.EXPIRED;
            case NO_LOGIN -> SeatRefusal.Reason.NO_LOGIN;
        };
    }

    /** The same, in the access log's words, which the portal's sign-in writes too. */
    private static String accessLogReason(LoginRefusal refusal) {
        return switch (refusal) {
            case INACTIVE -> "inactive";
            case EXPIRED -> "expired";
            case NO_LOGIN -> "no login";
        };
    }

    /** One seat request as the access log records it. */
    private final class Attempt {
        private final String username;
        private final String ip;
        private final String browser;
        private final String client;

        Attempt(String username, String ip, String browser, String client) {
            this.username = username;
            this.ip = ip;
            this.browser = browser;
            this.client = client;
        }

        void record(boolean success, String reason) {
            events.publishEvent(new SignInAttempt(username, clock.instant(), ip, success, reason, browser, client));
        }

        SeatRefusal refused(String reason, SeatRefusal refusal) {
            record(false, reason);
            return refusal;
        }
    }
}
