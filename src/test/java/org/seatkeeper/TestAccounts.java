package org.seatkeeper;

import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts the role tests sign in as; inserted directly because the tests are about access, not about the directory. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static void ensure(JdbcTemplate jdbc, String username, String role) {
        jdbc.update("""
                INSERT INTO app_user (first_name, last_name, username, password_hash, role, active)
                SELECT 'Test', ?, ?, '{noop}unused', ?, TRUE FROM DUAL
                WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = ?)""", username, username, role, username);
    }
}
