package org.seatkeeper.directory;

/** Role names as constants, for annotations such as {@code @RolesAllowed(Roles.ADMIN)}. */
public final class Roles {
    public static final String USER = "USER";
    public static final String ADMIN = "ADMIN";
    public static final String SUPPORT = "SUPPORT";

    private Roles() {
    }
}
