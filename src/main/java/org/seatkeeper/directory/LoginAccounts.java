package org.seatkeeper.directory;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's door for signing in. It is called before anyone is authenticated, so it carries
 * no method security; it only reveals what the sign-in itself needs.
 */
@Service
@Transactional(readOnly = true)
public class LoginAccounts {

    private final UserRepository users;

    private final JdbcClient jdbc;

    LoginAccounts(UserRepository users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /**
     * One indexed query with the licence type joined in, rather than loading the user with its profile
     * and modules, and no transaction of its own for a single read: every portal sign-in and every seat
     * API request starts here.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<LoginAccount> findByUsername(String username) {
        return Username.parse(username).flatMap(this::findByUsername);
    }

    /** The account with exactly this canonical username (rule 13), if it may have a password. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<LoginAccount> findByUsername(Username username) {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.password_hash, u.role, u.active, u.valid_until, u.first_name,
                               u.last_name, COALESCE(t.can_log_in, TRUE) AS can_log_in, u.concurrent_class
                        FROM app_user u
                        LEFT JOIN profile p ON p.id = u.profile_id
                        LEFT JOIN licence_type t ON t.id = p.licence_type_id
                        WHERE u.username = ? AND u.deleted_at IS NULL AND u.password_hash IS NOT NULL""")
                .param(username.value())
                .query((rs, n) -> new LoginAccount(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("active"),
                        rs.getObject("valid_until", LocalDate.class),
                        rs.getString("first_name") + " " + rs.getString("last_name"),
                        rs.getBoolean("can_log_in"),
                        ConcurrentClass.valueOf(rs.getString("concurrent_class"))))
                .optional();
    }

    /** The id of a current (not deleted) account, whether or not it has a password. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Long> idOf(String username) {
        return Username.parse(username)
                .flatMap(name -> jdbc.sql("SELECT id FROM app_user WHERE username = ? AND deleted_at IS NULL")
                        .param(name.value())
                        .query(Long.class)
                        .optional());
    }

    public boolean anyAdministratorExists() {
        return users.existsByRoleAndDeletedAtIsNull(Role.ADMIN);
    }

    /** First start only: creates the built-in administrator account with an already hashed password. */
    @Transactional
    public long createFirstAdministrator(String username, String passwordHash) {
        User admin = new User("System", "Administrator", Role.ADMIN);
        admin.giveCredentials(Username.of(username).value(), passwordHash);
        return users.save(admin).getId();
    }
}
