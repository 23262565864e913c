package org.seatkeeper.sessions;

/**
 * Who is signing in, as the directory knows them at that moment. The names are copied onto the
 * session so that history keeps them after the user is deleted (rule 4).
 */
public record Applicant(long userId, String username, String displayName, AdmissionClass admissionClass) {

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
