package org.seatkeeper.directory;

/**
 * Filter for the user list. Every part is optional (null means "any"); the keyword matches first
 * name, last name, full name, username and email, case-insensitively.
 */
public record UserFilter(String keyword, UserStatusFilter status, Long profileId, Long businessAreaId, Role role,
                         ConcurrentClass concurrentClass) {

    public UserFilter {
        keyword = keyword == null || keyword.isBlank() ? null : keyword.trim();
        status = status == null ? UserStatusFilter.ALL : status;
    }

    /** Any concurrent class. */
    public UserFilter(String keyword, UserStatusFilter status, Long profileId, Long businessAreaId, Role role) {
        this(keyword, status, profileId, businessAreaId, role, null);
    }

    public static UserFilter all() {
        return new UserFilter(null, UserStatusFilter.ALL, null, null, null, null);
    }
}
