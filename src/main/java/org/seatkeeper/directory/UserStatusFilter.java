package org.seatkeeper.directory;

/** Which users a list shows. ALL means every user that is not deleted. */
public enum UserStatusFilter {
    ALL,
    ACTIVE,
    INACTIVE,
    DELETED
}
