package org.seatkeeper.directory;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;

/**
 * What the sign-in needs to know about an account, and nothing more.
 *
 * @param typeCanLogIn    false for holders of a login-less licence type (Train-Records-Only)
 * @param concurrentClass which concurrent pool the user's sessions draw from; administrator and
 *                        support accounts are exempt whatever this says (see {@link #exempt()})
 */
public record LoginAccount(
        long userId,
        String username,
        String passwordHash,
        Role role,
        boolean active,
        LocalDate validUntil,
        String displayName,
        boolean typeCanLogIn,
        ConcurrentClass concurrentClass) {

    public boolean expiredOn(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }

    /** Administrator and support accounts take no concurrent seat. */
    public boolean exempt() {
        return role != Role.USER;
    }

    /** Rule 6: why this account may not sign in today, or empty when it may. */
    public Optional<LoginRefusal> refusalCodeOn(LocalDate today) {
        if (!active) {
            return Optional.of(LoginRefusal.INACTIVE);
        }
        if (!typeCanLogIn) {
            return Optional.of(LoginRefusal.NO_LOGIN);
        }
        if (expiredOn(today)) {
            return Optional.of(LoginRefusal.EXPIRED);
        }
        return Optional.empty();
    }

    /** {@link #refusalCodeOn} in words, such as "account valid until 2030-06-14". */
    public Optional<String> refusalOn(LocalDate today) {
        return refusalCodeOn(today).map(code -> code.english(Collections.singletonList(validUntil)));
    }
}
