package org.seatkeeper.directory;

/** Role names as constants, for annotations such as {@code @RolesAllowed(Roles.ADMIN)}. */
public final class Roles {
    public static final String USER = "USER";
    public static final String ADMIN = "ADMIN";
    public static final String SUPPORT = "SUPPORT";
    /** Not a person's role: a connected application authenticated by its token (seat API). */
    public static final String API_CLIENT = "API_CLIENT";

    private Roles() {
    }
}
