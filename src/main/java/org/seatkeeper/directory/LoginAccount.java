package org.seatkeeper.directory;

import java.time.LocalDate;

/** What the sign-in needs to know about an account, and nothing more. */
public record LoginAccount(long userId, String username, String passwordHash, Role role, boolean active,
                           LocalDate validUntil, String displayName) {

    public boolean expiredOn(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }
}
