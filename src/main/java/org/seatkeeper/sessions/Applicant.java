package org.seatkeeper.sessions;

import org.seatkeeper.directory.ConcurrentClass;
import org.seatkeeper.directory.LoginAccount;

/**
 * Who is signing in, as the directory knows them at that moment. The names are copied onto the
 * session so that history keeps them after the user is deleted (rule 4).
 */
public record Applicant(long userId, String username, String displayName, AdmissionClass admissionClass) {

    /** The applicant an account makes: exempt, view-only, reserved or standard (rule 7). */
    public static Applicant of(LoginAccount account) {
        return new Applicant(
                account.userId(),
                account.username(),
                account.displayName(),
                AdmissionClass.of(
                        account.exempt(),
                        account.concurrentClass() == ConcurrentClass.VIEW_ONLY,
                        account.concurrentClass() == ConcurrentClass.RESERVED));
    }

    public Applicant {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An applicant needs a username");
        }
        if (displayName == null || displayName.isBlank()) {
            displayName = username;
        }
        if (admissionClass == null) {
            throw new IllegalArgumentException("An applicant needs an admission class");
        }
    }
}
