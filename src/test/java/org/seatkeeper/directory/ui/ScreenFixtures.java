package org.seatkeeper.directory.ui;

import java.sql.PreparedStatement;
import java.sql.Statement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Scenes for the directory screens. All tests of a JVM share one embedded MariaDB, so each test
 * resets what it needs; only the bootstrap {@code admin} account survives a reset.
 */
@Component
class ScreenFixtures {

    static final String PASSWORD = "correct-horse-battery";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private String hash;

    ScreenFixtures(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    void reset() {
        jdbc.update("DELETE FROM app_user WHERE username IS NULL OR username <> 'admin'");
        jdbc.update("UPDATE app_user SET active = TRUE, deleted_at = NULL WHERE username = 'admin'");
        jdbc.update("DELETE FROM profile");
        jdbc.update("DELETE FROM job_position");
        jdbc.update("DELETE FROM business_area WHERE parent_id IS NOT NULL");
        jdbc.update("DELETE FROM business_area");
        jdbc.update("DELETE FROM named_pot WHERE module_id IN (SELECT id FROM licensed_module"
                + " WHERE name NOT IN ('Cases', 'Documents', 'Training'))");
        jdbc.update("DELETE FROM licensed_module WHERE name NOT IN ('Cases', 'Documents', 'Training')");
        jdbc.update("DELETE FROM named_pot WHERE licence_type_id IN (SELECT id FROM licence_type WHERE name NOT IN"
                + " ('Full', 'Read-Train', 'Train-Records-Only', 'Read/Report', 'Action', 'Approval',"
                + " 'Administrator', 'External auditor'))");
        jdbc.update("DELETE FROM licence_type WHERE name NOT IN ('Full', 'Read-Train', 'Train-Records-Only',"
                + " 'Read/Report', 'Action', 'Approval', 'Administrator', 'External auditor')");
        jdbc.update("UPDATE named_pot SET capacity = 100");
        jdbc.update("UPDATE concurrent_pool_capacity SET capacity = CASE kind WHEN 'RESERVED' THEN 1 ELSE 5 END");
        jdbc.update("UPDATE directory_setting SET int_value = 5 WHERE name = 'ADMINISTRATOR_LIMIT'");
    }

    long moduleId(String name) {
        return jdbc.queryForObject("SELECT id FROM licensed_module WHERE name = ?", Long.class, name);
    }

    long typeId(String name) {
        return jdbc.queryForObject("SELECT id FROM licence_type WHERE name = ?", Long.class, name);
    }

    void moduleCapacity(String module, int capacity) {
        jdbc.update("UPDATE named_pot SET capacity = ? WHERE scope_key = ?", capacity, "MODULE:" + moduleId(module));
    }

    void activeUsersCapacity(int capacity) {
        jdbc.update("UPDATE named_pot SET capacity = ? WHERE scope_key = 'ACTIVE_USERS'", capacity);
    }

    void poolCapacity(org.seatkeeper.directory.ConcurrentPool kind, int capacity) {
        jdbc.update("UPDATE concurrent_pool_capacity SET capacity = ? WHERE kind = ?", capacity, kind.name());
    }

    void reserved(String lastName) {
        jdbc.update("UPDATE app_user SET concurrent_class = 'RESERVED' WHERE last_name = ?", lastName);
    }

    int moduleCapacityOf(String module) {
        return jdbc.queryForObject("SELECT capacity FROM named_pot WHERE scope_key = ?", Integer.class,
                "MODULE:" + moduleId(module));
    }

    long profile(String name, String type, String... modules) {
        long id = insert("INSERT INTO profile (name, licence_type_id) VALUES (?, ?)", name, typeId(type));
        for (String m : modules) {
            jdbc.update("INSERT INTO profile_module (profile_id, module_id) VALUES (?, ?)", id, moduleId(m));
        }
        return id;
    }

    /** A secondary business area under a primary named after it plus " unit". */
    long area(String name) {
        long primary = insert("INSERT INTO business_area (name) VALUES (?)", name + " unit");
        return insert("INSERT INTO business_area (name, parent_id) VALUES (?, ?)", name, primary);
    }

    long position(String title) {
        return insert("INSERT INTO job_position (title) VALUES (?)", title);
    }

    /** Inserts a user directly, bypassing the rules: for setting the scene only. */
    long user(String lastName, String username, String role, Long profileId, Long areaId, Long positionId,
              boolean active, boolean withPassword) {
        if (positionId != null) {
            jdbc.update("UPDATE job_position SET ever_used = TRUE WHERE id = ?", positionId);
        }
        return insert("INSERT INTO app_user (first_name, last_name, email, username, password_hash, role, active,"
                        + " profile_id, business_area_id, position_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "Pat", lastName, username == null ? null : username + "@example.org", username,
                withPassword ? passwordHash() : null, role, active, profileId, areaId, positionId);
    }

    String passwordHash() {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        return hash;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
