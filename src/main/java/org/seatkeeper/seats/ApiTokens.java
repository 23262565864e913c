package org.seatkeeper.seats;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.seatkeeper.sessions.PriorityConnections;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Checks the bearer token of an API call. Not method-secured: it runs before anyone is authenticated.
 * <p>
 * Accepted tokens are remembered, so that a call costs no query: every node reads the list of revoked
 * applications every {@code seatkeeper.seats.revocations-every} (500 ms), and trusts what it remembers
 * only while its last successful read started less than {@link #TRUSTED_FOR} (1.5 s) ago; otherwise
 * every call is checked in the database, as before. A revocation committed at time T is therefore
 * refused on every node from T + 1.5 s at the latest, on the revoking node at once; expiry is checked
 * on every call. Unknown tokens are never remembered, so a new application's token works at once.
 */
@Service
public class ApiTokens {

    /** How long a read of the revocations vouches for the tokens remembered: the bound on revocation. */
    static final Duration TRUSTED_FOR = Duration.ofMillis(1500);

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, KnownClient> accepted = new ConcurrentHashMap<>();
    /** Revoked applications as last read from the database. */
    private volatile Map<Long, Instant> revoked = Map.of();
    /** Revoked on this node: revocation is final, so these stay whatever a read in flight said. */
    private final Map<Long, Instant> revokedHere = new ConcurrentHashMap<>();

    private volatile long revocationsReadAt = System.nanoTime() - TRUSTED_FOR.toNanos() * 2;
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("api-token-revocations").daemon().factory());

    ApiTokens(PriorityConnections connections, Clock clock, SeatSettings settings) {
        // The connections renewals use: a token check must not wait behind sign-ins either.
        this.jdbc = connections.jdbc();
        this.clock = clock;
        reader.scheduleWithFixedDelay(
                this::readRevocations, 0, settings.revocationsEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The application this token belongs to, or why it is not accepted. */
    public TokenCheck check(String token) {
        if (token == null || !token.startsWith(ApiToken.PREFIX) || token.length() > 200) {
            return new TokenCheck.Refused(new RefusedException(ApiClientRefusal.TOKEN_MALFORMED));
        }
        String hash = ApiToken.hashOf(token);
        KnownClient client = trusted() ? accepted.get(hash) : null;
        if (client == null) {
            client = load(hash);
            if (client == null) {
                return new TokenCheck.Refused(new RefusedException(ApiClientRefusal.TOKEN_UNKNOWN));
            }
            if (client.revokedAt() == null) {
                accepted.put(hash, client);
            }
        }
        RefusedException refusal =
                ApiClient.refusal(client.name(), client.expiresAt(), revokedAt(client), clock.instant());
        return refusal == null
                ? new TokenCheck.Accepted(new ApiClientIdentity(client.id(), client.name()))
                : new TokenCheck.Refused(refusal);
    }

    /** After an administrator's revocation commits on this node: refused here from now on. */
    @TransactionalEventListener
    void on(ApiClientRevoked revocation) {
        revokedHere.put(revocation.clientId(), revocation.at());
        accepted.values().removeIf(client -> client.id() == revocation.clientId());
    }

    /** Reads which applications are revoked; a failed read leaves the remembered tokens untrusted. */
    void readRevocations() {
        long started = System.nanoTime();
        try {
            Map<Long, Instant> now = jdbc
                    .sql("SELECT id, revoked_at FROM api_client WHERE revoked_at IS NOT NULL")
                    .query((rs, n) -> Map.entry(rs.getLong("id"), DatabaseTime.instant(rs, "revoked_at")))
                    .list()
                    .stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
            revoked = now;
            accepted.values().removeIf(client -> now.containsKey(client.id()));
            revocationsReadAt = started;
        } catch (RuntimeException e) {
            log.debug("Could not read the revoked API clients; tokens are checked in the database meanwhile", e);
        }
    }

    private boolean trusted() {
        return System.nanoTime() - revocationsReadAt < TRUSTED_FOR.toNanos();
    }

    private Instant revokedAt(KnownClient client) {
        if (client.revokedAt() != null) {
            return client.revokedAt();
        }
        Instant here = revokedHere.get(client.id());
        return here != null ? here : revoked.get(client.id());
    }

    private KnownClient load(String hash) {
        return jdbc.sql("SELECT id, name, expires_at, revoked_at FROM api_client WHERE token_hash = ?")
                .param(hash)
                .query((rs, n) -> new KnownClient(
                        rs.getLong("id"),
                        rs.getString("name"),
                        DatabaseTime.instant(rs, "expires_at"),
                        DatabaseTime.instant(rs, "revoked_at")))
                .optional()
                .orElse(null);
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    /** An application as its token check needs it. */
    private record KnownClient(long id, String name, Instant expiresAt, Instant revokedAt) {}

    /** The outcome of a token check. */
    public sealed interface TokenCheck {

        record Accepted(ApiClientIdentity client) implements TokenCheck {}

        /** Why the token is not accepted, with its code, so the answer can say it in the caller's language. */
        record Refused(RefusedException refusal) implements TokenCheck {

            /** In English, for the logs. */
            public String reason() {
                return refusal.getMessage();
            }
        }
    }
}
