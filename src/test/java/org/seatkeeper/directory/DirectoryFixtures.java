package org.seatkeeper.directory;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Test data for the directory: each test resets the state it needs, since all tests of a JVM
 * share one embedded MariaDB. Only the bootstrap {@code admin} account survives a reset.
 */
@Component
class DirectoryFixtures {

    static final String PASSWORD = "correct-horse-battery";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private String passwordHash;

    DirectoryFixtures(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** Back to a known state: no users but admin, no profiles, positions or areas; roomy pots. */
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

    long modulePot(String module) {
        return jdbc.queryForObject("SELECT id FROM named_pot WHERE scope_key = ?", Long.class,
                "MODULE:" + moduleId(module));
    }

    long typePot(String type) {
        return jdbc.queryForObject("SELECT id FROM named_pot WHERE scope_key = ?", Long.class,
                "TYPE:" + typeId(type));
    }

    long activeUsersPot() {
        return jdbc.queryForObject("SELECT id FROM named_pot WHERE scope_key = 'ACTIVE_USERS'", Long.class);
    }

    void capacity(long potId, int capacity) {
        jdbc.update("UPDATE named_pot SET capacity = ? WHERE id = ?", capacity, potId);
    }

    int capacityOf(long potId) {
        return jdbc.queryForObject("SELECT capacity FROM named_pot WHERE id = ?", Integer.class, potId);
    }

    void poolCapacity(ConcurrentPool kind, int capacity) {
        jdbc.update("UPDATE concurrent_pool_capacity SET capacity = ? WHERE kind = ?", capacity, kind.name());
    }

    long profile(String name, String type, String... modules) {
        long id = insert("INSERT INTO profile (name, licence_type_id) VALUES (?, ?)", name, typeId(type));
        for (String m : modules) {
            jdbc.update("INSERT INTO profile_module (profile_id, module_id) VALUES (?, ?)", id, moduleId(m));
        }
        return id;
    }

    /** A secondary business area (under a primary of the same name plus " unit"). */
    long area(String name) {
        long primary = insert("INSERT INTO business_area (name) VALUES (?)", name + " unit");
        return insert("INSERT INTO business_area (name, parent_id) VALUES (?, ?)", name, primary);
    }

    long position(String title) {
        return insert("INSERT INTO job_position (title) VALUES (?)", title);
    }

    String passwordHash() {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }

    /** Inserts a user directly, bypassing the rules: for setting the scene only. */
    long user(String username, Role role, Long profileId, Long areaId, boolean active, boolean withPassword) {
        return insert("INSERT INTO app_user (first_name, last_name, email, username, password_hash, role, active,"
                        + " profile_id, business_area_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "First", username, username == null ? null : username + "@example.org", username,
                withPassword ? passwordHash() : null, role.name(), active, profileId, areaId);
    }

    List<String> column(String sql, Object... args) {
        return jdbc.queryForList(sql, String.class, args);
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
