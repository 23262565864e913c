package org.seatkeeper.seats;

import java.time.Instant;

/**
 * A connected application as the administrators' list shows it; never its token.
 *
 * @param tokenHint the token's first characters, to tell tokens apart
 * @param usable    neither revoked nor expired
 */
public record ApiClientRow(
        long id,
        String name,
        String description,
        String tokenHint,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy,
        boolean usable) {}
