package org.seatkeeper.directory;

/**
 * The colour-coded status of an account (seed 003): active white, inactive mustard yellow,
 * administrator red. Support accounts and deleted users get their own status.
 */
public enum AccountStatus {
    ACTIVE,
    INACTIVE,
    ADMINISTRATOR,
    SUPPORT,
    DELETED;

    /** The one place the status is derived, for the entity and for the list's rows alike. */
    public static AccountStatus of(boolean deleted, Role role, boolean active) {
        if (deleted) {
            return DELETED;
        }
        if (role == Role.SUPPORT) {
            return SUPPORT;
        }
        if (role == Role.ADMIN) {
            return ADMINISTRATOR;
        }
        return active ? ACTIVE : INACTIVE;
    }
}
