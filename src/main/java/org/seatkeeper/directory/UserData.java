package org.seatkeeper.directory;

import java.time.LocalDate;

/**
 * What an administrator enters for a user, on create and on update. Mandatory (seed 003): first
 * name, last name, business area (a secondary), and for everyone who signs in an email and a
 * username; business users also need a profile and, while active, a position of their own.
 * Administrators and support staff hold no profile and no position. People whose licence type
 * cannot log in (Train-Records-Only) have no username.
 */
public record UserData(
        String firstName,
        String lastName,
        String email,
        String username,
        Role role,
        Long profileId,
        Long businessAreaId,
        Long positionId,
        ConcurrentClass concurrentClass,
        LocalDate validUntil) {

    public UserData {
        role = role == null ? Role.USER : role;
        concurrentClass = concurrentClass == null ? ConcurrentClass.STANDARD : concurrentClass;
    }
}
