package org.seatkeeper.sessions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param staleAfter a session with no heartbeat for this long is stale: its tab or client is gone, so
 *                   it may be replaced by a new sign-in (rule 9) or closed by an administrator (rule 10).
 *                   Must comfortably exceed the clients' heartbeat interval.
 */
@ConfigurationProperties("seatkeeper.sessions")
public record SessionSettings(Duration staleAfter) {

    public SessionSettings {
        if (staleAfter == null) {
            staleAfter = Duration.ofSeconds(90);
        }
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("seatkeeper.sessions.stale-after must be positive");
        }
    }
}
