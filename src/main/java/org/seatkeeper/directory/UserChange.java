package org.seatkeeper.directory;

import java.time.LocalDate;

/**
 * What an administrator asked for one user, checked against the input rules and with the referenced
 * profile, business area and position loaded ({@link UserChanges}); the user applies it to itself.
 */
record UserChange(
        PersonName name,
        String email,
        String username,
        Role role,
        Profile profile,
        BusinessArea area,
        Position position,
        ConcurrentClass concurrentClass,
        LocalDate validUntil) {

    /** Whether holders of the chosen profile may sign in at all; administrators and support may. */
    boolean signsInPossible() {
        return profile == null || profile.getLicenceType().canLogIn();
    }

    boolean signsIn() {
        return signsInPossible() && username != null;
    }

    String licenceTypeName() {
        return profile == null ? "" : profile.getLicenceType().getName();
    }

    /** The licences the user would hold after this change (never deleted: a deleted user is not changed). */
    LicenceConsumption.Holding holding(boolean active, boolean hasCredentials) {
        return LicenceConsumption.Holding.of(false, active, role, profile, hasCredentials);
    }
}
