package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.migration.CanonicalUsernames;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Rule 13 in the directory: the canonical form is what is stored and looked up, compared exactly by the
 * database, and the change that migrated existing names reports what it could not migrate.
 */
@SpringBootTest
@WithMockUser(username = "alice", roles = "ADMIN")
class CanonicalUsernameTest {

    @Autowired
    LoginAccounts accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    DirectoryFixtures fx;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    long area;
    long full;

    @BeforeEach
    void scene() {
        fx.roomyPots();
        area = fx.area("Ward 1");
        full = fx.profile("Full docs", "Full", "Documents");
    }

    @Test
    void jose_with_and_without_an_accent_are_two_accounts_found_by_any_case_but_no_invisible_character() {
        long withAccent = users.add("jos\u00E9").withCredentials().insert();
        long without = users.add("jose")
                .email("jose.plain@example.org")
                .withCredentials()
                .insert();

        assertThat(accounts.findByUsername("JOS\u00C9"))
                .map(LoginAccount::userId)
                .contains(withAccent);
        assertThat(accounts.findByUsername("jose\u0301"))
                .as("the accent as a combining mark")
                .map(LoginAccount::userId)
                .contains(withAccent);
        assertThat(accounts.findByUsername("Jose")).map(LoginAccount::userId).contains(without);
        assertThat(accounts.findByUsername("jose ")).isEmpty();
        assertThat(accounts.findByUsername("jo\u200Bse")).isEmpty();
        assertThat(accounts.findByUsername("jo\u0000se")).isEmpty();
        assertThat(accounts.findByUsername("\uFF4Aose")).as("a fullwidth j").isEmpty();
    }

    @Test
    void the_user_form_stores_the_canonical_form_and_refuses_invisible_characters_with_a_clear_message() {
        long id = administration.create(person("Fred.Bloggs", fx.position("Nurse 1")), null);

        assertThat(jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?", String.class, id))
                .isEqualTo("fred.bloggs");
        assertThatThrownBy(() -> administration.create(person("fred.bloggs", fx.position("Nurse 2")), null))
                .hasMessage("Username 'fred.bloggs' is already taken.");
        assertThatThrownBy(() -> administration.create(person("anna\u202Egro", fx.position("Nurse 3")), null))
                .isInstanceOf(InvalidUsernameException.class)
                .hasMessageContaining("invisible or control character (character 5)");
        assertThatThrownBy(() -> administration.create(person("anna ", fx.position("Nurse 4")), null))
                .hasMessage("The username starts or ends with a space; remove it.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username LIKE 'anna%'", Integer.class))
                .isZero();
    }

    @Test
    void the_migration_canonicalises_names_and_reports_collisions_and_invalid_names_without_merging() throws Exception {
        long fred = users.add("Fred.Bloggs").withCredentials().insert();
        long kimUpper = users.add("KIM").withCredentials().insert();
        long kimLower = users.add("kim")
                .email("kim.lower@example.org")
                .withCredentials()
                .insert();
        long invisible = users.add("bad\u200Bname").withCredentials().insert();
        long gone = users.add("Old.Timer").withCredentials().insert();
        jdbc.update("UPDATE app_user SET deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ?", gone);

        CanonicalUsernames change = new CanonicalUsernames();
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            change.execute(database);
            database.commit();
        }

        assertThat(usernameOf(fred)).isEqualTo("fred.bloggs");
        assertThat(usernameOf(gone))
                .as("history keeps the person, in the canonical form")
                .isEqualTo("old.timer");
        assertThat(List.of(usernameOf(kimUpper), usernameOf(kimLower)))
                .as("never merged")
                .containsExactly("KIM", "kim");
        assertThat(usernameOf(invisible)).isEqualTo("bad\u200Bname");
        assertThat(change.getConfirmationMessage())
                .startsWith("2 usernames put in canonical form; to rename by hand: ")
                .contains("user #" + invisible + " 'bad[U+200B]name' breaks the username rule")
                .contains("users [#" + kimUpper + " 'KIM', #" + kimLower + " 'kim'] would all become 'kim'");
    }

    private String usernameOf(long id) {
        return jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?", String.class, id);
    }

    private UserData person(String username, Long position) {
        return new UserData(
                "Pat",
                "Smith",
                "pat." + position + "@example.org",
                username,
                Role.USER,
                full,
                area,
                position,
                ConcurrentClass.STANDARD,
                null);
    }
}
