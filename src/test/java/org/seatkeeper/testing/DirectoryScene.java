package org.seatkeeper.testing;

import java.sql.PreparedStatement;
import java.sql.Statement;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Scenes for directory tests: profiles, business areas, positions and named pot capacities written
 * directly, on top of the clean database every test starts from ({@link CleanDatabase}). Users come
 * from {@link TestUsers}. The directory's own tests extend it with the directory's types.
 */
@Component
@Primary
public class DirectoryScene {

    /** The password scene users get when they get one. */
    public static final String PASSWORD = "correct-horse-battery";

    protected final JdbcTemplate jdbc;
    protected final TestUsers users;

    public DirectoryScene(JdbcTemplate jdbc, TestUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Every named pot at 100, so that only the pot a test lowers can refuse anything. */
    public void roomyPots() {
        jdbc.update("UPDATE named_pot SET capacity = 100");
    }

    public long moduleId(String name) {
        return jdbc.queryForObject("SELECT id FROM licensed_module WHERE name = ?", Long.class, name);
    }

    public long typeId(String name) {
        return jdbc.queryForObject("SELECT id FROM licence_type WHERE name = ?", Long.class, name);
    }

    public long modulePot(String module) {
        return pot("MODULE:" + moduleId(module));
    }

    public long typePot(String type) {
        return pot("TYPE:" + typeId(type));
    }

    public long activeUsersPot() {
        return pot("ACTIVE_USERS");
    }

    public void capacity(long potId, int capacity) {
        jdbc.update("UPDATE named_pot SET capacity = ? WHERE id = ?", capacity, potId);
    }

    public int capacityOf(long potId) {
        return jdbc.queryForObject("SELECT capacity FROM named_pot WHERE id = ?", Integer.class, potId);
    }

    public long profile(String name, String type, String... modules) {
        long id = insert("INSERT INTO profile (name, licence_type_id) VALUES (?, ?)", name, typeId(type));
        for (String module : modules) {
            jdbc.update("INSERT INTO profile_module (profile_id, module_id) VALUES (?, ?)", id, moduleId(module));
        }
        return id;
    }

    /** A secondary business area, under a primary named after it plus " unit". */
    public long area(String name) {
        long primary = insert("INSERT INTO business_area (name) VALUES (?)", name + " unit");
        return insert("INSERT INTO business_area (name, parent_id) VALUES (?, ?)", name, primary);
    }

    public long position(String title) {
        return insert("INSERT INTO job_position (title) VALUES (?)", title);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    private long pot(String scopeKey) {
        return jdbc.queryForObject("SELECT id FROM named_pot WHERE scope_key = ?", Long.class, scopeKey);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }
}
