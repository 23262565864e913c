package org.seatkeeper.directory;

/**
 * Filter for the user list. Every part is optional (null means "any"); the keyword matches first
 * name, last name, full name, username and email, case-insensitively; {@code potId} keeps the users
 * who consume that named pot (by the same rule that counts its use).
 */
public record UserFilter(
        String keyword,
        UserStatusFilter status,
        Long profileId,
        Long businessAreaId,
        Role role,
        ConcurrentClass concurrentClass,
        Long potId) {

    public UserFilter(String keyword, UserStatusFilter status, Long profileId, Long businessAreaId, Role role) {
        this(keyword, status, profileId, businessAreaId, role, null, null);
    }

    public UserFilter(
            String keyword,
            UserStatusFilter status,
            Long profileId,
            Long businessAreaId,
            Role role,
            ConcurrentClass concurrentClass) {
        this(keyword, status, profileId, businessAreaId, role, concurrentClass, null);
    }

    /** The same filter, limited to the consumers of a named pot (null: any). */
    public UserFilter consumingPot(Long pot) {
        return new UserFilter(keyword, status, profileId, businessAreaId, role, concurrentClass, pot);
    }

    public UserFilter {
        keyword = keyword == null || keyword.isBlank() ? null : keyword.trim();
        status = status == null ? UserStatusFilter.ALL : status;
    }

    public static UserFilter all() {
        return new UserFilter(null, UserStatusFilter.ALL, null, null, null, null, null);
    }
}
