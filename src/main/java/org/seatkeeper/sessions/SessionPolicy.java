package org.seatkeeper.sessions;

import java.time.Duration;

/**
 * How sessions age (rules 9-11, seed 003's "disable auto timeout").
 *
 * @param staleAfter          no heartbeat for this long makes a session stale: its tab or client is gone
 * @param idleTimeout         no user action for this long ends a session, unless auto timeout is disabled
 * @param autoTimeoutDisabled seed 003's "Disable auto timeout": idle sessions are never ended
 * @param idleWarning         how long before the idle timeout the user sees a countdown and may stay
 * @param version             for optimistic locking of the settings form
 */
public record SessionPolicy(
        Duration staleAfter, Duration idleTimeout, boolean autoTimeoutDisabled, Duration idleWarning, long version) {}
