package org.seatkeeper.seats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.seatkeeper.shared.RefusedException;

/** A connected application registered by an administrator; it authenticates with its token. */
@Entity
@Table(name = "api_client")
class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description")
    private String description;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, updatable = false)
    private String tokenHint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected ApiClient() {}

    ApiClient(String name, String description, ApiToken token, Instant expiresAt, String createdBy, Instant now) {
        this.name = name;
        this.description = description;
        this.tokenHash = token.hash();
        this.tokenHint = token.hint();
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Why this client's token is not accepted at {@code now}, or null when it is. */
    RefusedException refusalAt(Instant now) {
        return refusal(name, expiresAt, revokedAt, now);
    }

    /** Why a token of this application is not accepted at {@code now}, or null when it is. */
    static RefusedException refusal(String name, Instant expiresAt, Instant revokedAt, Instant now) {
        if (revokedAt != null) {
            return new RefusedException(ApiClientRefusal.TOKEN_REVOKED, name, revokedAt);
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return new RefusedException(ApiClientRefusal.TOKEN_EXPIRED, name, expiresAt);
        }
        return null;
    }

    /** Revokes the token for good: calls with it get 401 from now on. */
    void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new RefusedException(
                    "The token of " + name + " was already revoked at " + revokedAt + " by " + revokedBy + ".");
        }
        this.revokedAt = now;
        this.revokedBy = by;
    }

    ApiClientRow toRow(Instant now) {
        return new ApiClientRow(
                id,
                name,
                description,
                tokenHint,
                createdAt,
                createdBy,
                expiresAt,
                revokedAt,
                revokedBy,
                refusalAt(now) == null);
    }

    ApiClientIdentity identity() {
        return new ApiClientIdentity(id, name);
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }
}
