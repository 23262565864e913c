package org.seatkeeper.directory;

/**
 * What a person may do in the portal. Each role includes the ones below it: support staff can do
 * everything administrators can, plus change capacities and mark reserved users.
 */
public enum Role {
    USER,
    ADMIN,
    SUPPORT;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** Spring Security role names held by someone with this role (without the ROLE_ prefix). */
    public java.util.List<String> grantedRoleNames() {
        return java.util.Arrays.stream(values())
                .filter(this::includes)
                .map(Enum::name)
                .toList();
    }
}
