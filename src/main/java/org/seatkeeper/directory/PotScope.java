package org.seatkeeper.directory;

/** What a named pot counts: all active users, holders of one licence type, or users of one module. */
public enum PotScope {
    ACTIVE_USERS,
    LICENCE_TYPE,
    MODULE
}
