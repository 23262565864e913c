package org.seatkeeper.shared;

/**
 * Spring Security role names as constants, for annotations such as {@code @RolesAllowed(Roles.ADMIN)}; in
 * {@code shared} so that every module names roles the same way, none typing them out.
 */
public final class Roles {
    public static final String USER = "USER";
    public static final String ADMIN = "ADMIN";
    public static final String SUPPORT = "SUPPORT";
    /** Not a person's role: a connected application authenticated by its token (seat API). */
    public static final String API_CLIENT = "API_CLIENT";

    private Roles() {}
}
