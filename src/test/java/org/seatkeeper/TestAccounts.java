package org.seatkeeper;

import org.seatkeeper.testing.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts the role tests act as (with {@code @WithMockUser}); they are about access, not about the
 * directory, so the account needs no password. Written through {@link TestUsers}.
 */
public final class TestAccounts {

    private TestAccounts() {}

    /** Inserts the account unless one of that username exists already. */
    public static void ensure(JdbcTemplate jdbc, String username, String role) {
        Integer existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username);
        if (existing == null || existing == 0) {
            TestUsers.withoutPasswords(jdbc)
                    .add(username)
                    .named("Test", username)
                    .role(role)
                    .insert();
        }
    }
}
