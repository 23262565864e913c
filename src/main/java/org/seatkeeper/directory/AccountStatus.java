package org.seatkeeper.directory;

/**
 * The colour-coded status of an account (seed 003): active white, inactive mustard yellow,
 * administrator red. Support accounts and deleted users get their own status.
 */
public enum AccountStatus {
    ACTIVE, INACTIVE, ADMINISTRATOR, SUPPORT, DELETED
}
