package org.seatkeeper.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the live sessions views show, read once for all of them.
 *
 * @param readAt when the read began: it includes every change committed before
 */
public record SessionsSnapshot(
        List<OpenSession> open, PoolSnapshot pools, Optional<String> fullAccessWarning, Instant readAt) {}
