package org.seatkeeper.seats;

import java.util.List;

import org.seatkeeper.shared.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Users, pools and registered applications for the seat API tests; tests in one JVM share the database. */
final class SeatApiFixtures {

    private SeatApiFixtures() {
    }

    /**
     * Ends every open session without touching the pools: a leased session left open would be reclaimed
     * by a later test's sweep, freeing a seat under that test's feet.
     */
    static void endOpenSessions(JdbcTemplate jdbc) {
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
    }

    /** Ends every open session, then sets the pools' capacities with nothing in use. */
    static void pools(JdbcTemplate jdbc, int fullAccess, int viewOnly, int reserved) {
        jdbc.update("UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        for (Object[] pool : List.of(new Object[] {"FULL_ACCESS", fullAccess}, new Object[] {"VIEW_ONLY", viewOnly},
                new Object[] {"RESERVED", reserved})) {
            jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = ? WHERE kind = ?", pool[1], pool[0]);
            jdbc.update("UPDATE concurrent_pool_capacity SET capacity = ? WHERE kind = ?", pool[1], pool[0]);
        }
    }

    /** An active user with login credentials, of the given concurrent class (STANDARD, VIEW_ONLY, RESERVED). */
    static void user(JdbcTemplate jdbc, String username, String concurrentClass) {
        jdbc.update("""
                INSERT INTO app_user (first_name, last_name, username, password_hash, role, active, concurrent_class)
                SELECT 'Seat', ?, ?, '{noop}unused', 'USER', TRUE, ? FROM DUAL
                WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = ?)""",
                username, username, concurrentClass, username);
        jdbc.update("UPDATE app_user SET active = TRUE, valid_until = NULL, profile_id = NULL, concurrent_class = ?"
                + " WHERE username = ?", concurrentClass, username);
    }

    static int inUse(JdbcTemplate jdbc, String pool) {
        return jdbc.queryForObject("SELECT in_use FROM seat_pool WHERE kind = ?", Integer.class, pool);
    }

    static RegisteredClient register(CurrentUser currentUser, ApiClients clients, String name) {
        return asAdministrator(currentUser, () -> clients.register(name, "Test application", null));
    }

    static <T> T asAdministrator(CurrentUser currentUser, java.util.function.Supplier<T> task) {
        return currentUser.runAs(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))), task);
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
