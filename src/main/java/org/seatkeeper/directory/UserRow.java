package org.seatkeeper.directory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the user list, projected in the database. Sort with these property names in a
 * Pageable: firstName, lastName, username, email, role, active, profile, licenceType, businessArea,
 * position, concurrentClass, validUntil.
 */
public record UserRow(
        long id,
        String firstName,
        String lastName,
        String username,
        String email,
        Role role,
        boolean active,
        Instant deletedAt,
        LocalDate validUntil,
        String profile,
        String licenceType,
        String primaryBusinessArea,
        String businessArea,
        String position,
        ConcurrentClass concurrentClass,
        boolean hasPassword) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public String businessAreaLabel() {
        if (businessArea == null) {
            return "";
        }
        return primaryBusinessArea == null ? businessArea : primaryBusinessArea + " / " + businessArea;
    }

    public AccountStatus status() {
        return AccountStatus.of(deleted(), role, active);
    }

    /** Whether the person holds login credentials: a username and a password. */
    public boolean hasLogin() {
        return username != null && hasPassword;
    }
}
