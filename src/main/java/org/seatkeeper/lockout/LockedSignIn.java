package org.seatkeeper.lockout;

import java.time.Instant;

/**
 * A username or an address whose sign-ins are paused now, as administrators see it.
 *
 * @param byAddress true for a client address, false for a username
 * @param name      the username or the address
 * @param until     when the lock ends by itself
 */
public record LockedSignIn(boolean byAddress, String name, Instant until) {}
