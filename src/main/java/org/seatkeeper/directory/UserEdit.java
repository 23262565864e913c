package org.seatkeeper.directory;

/**
 * A user loaded for editing. Send {@code version} back with the update: if someone else saved the
 * user in between, the update is refused instead of silently overwriting their change.
 */
public record UserEdit(
        long id,
        long version,
        UserData data,
        boolean active,
        boolean hasPassword,
        boolean deleted,
        AccountStatus status) {}
