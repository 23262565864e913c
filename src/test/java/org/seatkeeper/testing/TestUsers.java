package org.seatkeeper.testing;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way tests put a user into the database directly, bypassing the directory's rules: for setting
 * a scene, never for testing those rules (use {@code UserAdministration} for that).
 *
 * <pre>
 * long id = users.add("nurse-a").password("correct-horse-9").insert();
 * users.add(null).named("Lee", "Worker").profile(recordsOnly).insert();   // personnel without a login
 * </pre>
 * Defaults: first name "Test", last name the username, e-mail {@code <username>@example.org}, role USER,
 * active, no password, no profile, area or position, concurrent class STANDARD, no end date.
 */
@Component
public class TestUsers {

    /** Hashing is deliberately slow (Argon2id, about 30 ms): each password is hashed once per JVM. */
    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

    private static final String UNUSED_PASSWORD = "nobody-signs-in-with-this-1";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    public TestUsers(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** For code without the application's encoder at hand: users it adds can have no password. */
    public static TestUsers withoutPasswords(JdbcTemplate jdbc) {
        return new TestUsers(jdbc, null);
    }

    /** A user to insert; {@code username} null is someone without login credentials. */
    public NewUser add(String username) {
        return new NewUser(username);
    }

    public String hash(String password) {
        if (encoder == null) {
            throw new IllegalStateException("These test users were made without the application's PasswordEncoder");
        }
        return HASHES.computeIfAbsent(password, encoder::encode);
    }

    /** A user being described; {@link #insert()} writes it and returns its id. */
    public final class NewUser {

        private final String username;
        private String firstName = "Test";
        private String lastName;
        private String email;
        private String passwordHash;
        private String role = "USER";
        private boolean active = true;
        private Long profileId;
        private Long areaId;
        private Long positionId;
        private String concurrentClass = "STANDARD";
        private LocalDate validUntil;

        private NewUser(String username) {
            this.username = username;
            this.lastName = username == null ? "Person" : username;
            this.email = username == null ? null : username + "@example.org";
        }

        public NewUser named(String first, String last) {
            this.firstName = first;
            this.lastName = last;
            return this;
        }

        public NewUser email(String address) {
            this.email = address;
            return this;
        }

        /** Credentials with this password, hashed as the application hashes them. */
        public NewUser password(String password) {
            this.passwordHash = hash(password);
            return this;
        }

        /**
         * Credentials that match no password, for code without the application's encoder at hand: the
         * account exists for sign-ins (the seat API looks up accounts that have credentials) and no one can
         * sign in with a password.
         */
        public NewUser withUnusableCredentials() {
            this.passwordHash = "{bcrypt}unusable"; // not a BCrypt hash: no password matches it
            return this;
        }

        /** Login credentials (a real hash) that no test signs in with: the account consumes licences. */
        public NewUser withCredentials() {
            return password(UNUSED_PASSWORD);
        }

        /** USER, ADMIN or SUPPORT. */
        public NewUser role(String role) {
            this.role = role;
            return this;
        }

        public NewUser active(boolean active) {
            this.active = active;
            return this;
        }

        public NewUser inactive() {
            return active(false);
        }

        public NewUser profile(Long profileId) {
            this.profileId = profileId;
            return this;
        }

        public NewUser area(Long areaId) {
            this.areaId = areaId;
            return this;
        }

        /** Holds this position, which is then marked as ever used, as the application marks it. */
        public NewUser position(Long positionId) {
            this.positionId = positionId;
            return this;
        }

        /** STANDARD, VIEW_ONLY or RESERVED. */
        public NewUser concurrentClass(String concurrentClass) {
            this.concurrentClass = concurrentClass;
            return this;
        }

        public NewUser validUntil(LocalDate lastDay) {
            this.validUntil = lastDay;
            return this;
        }

        public long insert() {
            if (positionId != null) {
                jdbc.update("UPDATE job_position SET ever_used = TRUE WHERE id = ?", positionId);
            }
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(
                    connection -> {
                        PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO app_user (first_name, last_name, email, username, password_hash, role, active,
                            valid_until, profile_id, business_area_id, position_id, concurrent_class)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                        Object[] values = {
                            firstName,
                            lastName,
                            email,
                            username,
                            passwordHash,
                            role,
                            active,
                            validUntil,
                            profileId,
                            areaId,
                            positionId,
                            concurrentClass
                        };
                        for (int i = 0; i < values.length; i++) {
                            insert.setObject(i + 1, values[i]);
                        }
                        return insert;
                    },
                    keys);
            return keys.getKey().longValue();
        }
    }
}
