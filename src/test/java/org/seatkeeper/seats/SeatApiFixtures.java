package org.seatkeeper.seats;

import java.util.List;
import java.util.function.Supplier;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Users and registered applications for the seat API tests. Pools: org.seatkeeper.testing.TestPools. */
final class SeatApiFixtures {

    private SeatApiFixtures() {}

    /** An active user with login credentials, of the given concurrent class (STANDARD, VIEW_ONLY, RESERVED). */
    static void user(TestUsers users, String username, String concurrentClass) {
        users.add(username)
                .named("Seat", username)
                .withCredentials()
                .concurrentClass(concurrentClass)
                .insert();
    }

    /** The pools, for SeatApiBenchmark; tests use {@link TestPools#set} directly. */
    static void pools(JdbcTemplate jdbc, int fullAccess, int viewOnly, int reserved) {
        TestPools.set(jdbc, fullAccess, viewOnly, reserved);
    }

    /** An active user whose credentials match no password, when no encoder is at hand. */
    static void user(JdbcTemplate jdbc, String username, String concurrentClass) {
        TestUsers.withoutPasswords(jdbc)
                .add(username)
                .named("Seat", username)
                .withUnusableCredentials()
                .concurrentClass(concurrentClass)
                .insert();
    }

    static RegisteredClient register(CurrentUser currentUser, ApiClients clients, String name) {
        return asAdministrator(currentUser, () -> clients.register(name, "Test application", null));
    }

    static <T> T asAdministrator(CurrentUser currentUser, Supplier<T> task) {
        return currentUser.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))),
                task);
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
