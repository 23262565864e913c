package org.seatkeeper.sessions;

import java.time.Duration;
import java.util.Optional;

/**
 * How sessions age (rules 9-11, seed 003's "disable auto timeout").
 *
 * @param staleAfter          no heartbeat for this long makes a session stale: its tab or client is gone
 * @param idleTimeout         no user action for this long ends a session, unless auto timeout is disabled
 * @param autoTimeoutDisabled seed 003's "Disable auto timeout": idle sessions are never ended
 * @param version             for optimistic locking of the settings form
 */
public record SessionPolicy(Duration staleAfter, Duration idleTimeout, boolean autoTimeoutDisabled, long version) {

    /** Heartbeats must be able to miss a few beats before a session counts as stale. */
    static final int MIN_HEARTBEATS_PER_STALE_PERIOD = 3;
    static final Duration MAX_STALE_AFTER = Duration.ofMinutes(60);
    static final Duration MIN_IDLE_TIMEOUT = Duration.ofMinutes(1);
    static final Duration MAX_IDLE_TIMEOUT = Duration.ofHours(24);

    /** Why these settings cannot be used with tabs beating every {@code heartbeatInterval}; empty when they can. */
    Optional<String> refusal(Duration heartbeatInterval) {
        Duration minimumStale = heartbeatInterval.multipliedBy(MIN_HEARTBEATS_PER_STALE_PERIOD);
        if (staleAfter == null || staleAfter.compareTo(minimumStale) < 0 || staleAfter.compareTo(MAX_STALE_AFTER) > 0) {
            return Optional.of("The stale threshold must be between " + minimumStale.toSeconds()
                    + " s (three heartbeats of " + heartbeatInterval.toSeconds() + " s) and "
                    + MAX_STALE_AFTER.toSeconds() + " s.");
        }
        if (idleTimeout == null || idleTimeout.compareTo(MIN_IDLE_TIMEOUT) < 0
                || idleTimeout.compareTo(MAX_IDLE_TIMEOUT) > 0) {
            return Optional.of("The idle timeout must be between 1 minute and 24 hours.");
        }
        return Optional.empty();
    }

    /** As the administration log shows it: "stale after 90 s, idle timeout 30 min, auto timeout enabled". */
    String describe() {
        return "stale after " + staleAfter.toSeconds() + " s, idle timeout " + idleTimeout.toMinutes()
                + " min, auto timeout " + (autoTimeoutDisabled ? "disabled" : "enabled");
    }
}
