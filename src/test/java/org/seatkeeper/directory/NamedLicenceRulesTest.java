package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Rules 1-6 and seeds 000 and 001 on the real embedded MariaDB. */
@SpringBootTest
@RecordApplicationEvents
@WithMockUser(username = "alice", roles = "ADMIN")
class NamedLicenceRulesTest {

    @Autowired
    DirectoryFixtures fx;

    @Autowired
    UserAdministration users;

    @Autowired
    ProfileAdministration profiles;

    @Autowired
    LicencePots pots;

    @Autowired
    LoginAccounts logins;

    @Autowired
    ApplicationEvents events;

    long area;
    long documents;
    long docsAndCases;
    long noModules;
    long trainRecords;
    long auditor;

    @BeforeEach
    void scene() {
        fx.roomyPots();
        area = fx.area("Ward 1");
        documents = fx.profile("Documents only", "Full", "Documents");
        docsAndCases = fx.profile("Docs and cases", "Full", "Documents", "Cases");
        noModules = fx.profile("No modules", "Full");
        trainRecords = fx.profile("Records only", "Train-Records-Only", "Training");
        auditor = fx.profile("Auditors", "External auditor", "Documents", "Cases");
    }

    private UserData person(String username, long profile) {
        return new UserData(
                "Pat",
                username,
                username + "@example.org",
                username,
                Role.USER,
                profile,
                area,
                fx.position("Position of " + username),
                ConcurrentClass.STANDARD,
                null);
    }

    private UserData loginless(String name, long profile) {
        return new UserData("Lee", name, null, null, Role.USER, profile, area, null, ConcurrentClass.STANDARD, null);
    }

    private int inUse(long potId) {
        return pots.namedPots().stream()
                .filter(p -> p.potId() == potId)
                .findFirst()
                .orElseThrow()
                .inUse();
    }

    // ---------------------------------------------------------------- rule 1

    @Test
    void creating_a_user_beyond_a_module_pot_is_refused_naming_the_pot_and_its_figures() {
        fx.capacity(fx.modulePot("Documents"), 1);
        users.create(person("first", documents), DirectoryFixtures.PASSWORD);

        assertThatThrownBy(() -> users.create(person("second", documents), DirectoryFixtures.PASSWORD))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Documents: 1 of 1 in use, this needs 1 more");
        assertThat(fx.column("SELECT username FROM app_user WHERE username = 'second'"))
                .isEmpty();
    }

    @Test
    void activating_a_user_beyond_the_active_users_pot_is_refused() {
        fx.capacity(fx.activeUsersPot(), 1);
        users.create(person("one", noModules), DirectoryFixtures.PASSWORD);
        long sleeper = fx.user("sleeper", Role.USER, noModules, area, false, true);

        assertThatThrownBy(() -> users.activate(sleeper))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Active users: 1 of 1 in use");
        assertThat(users.load(sleeper).active()).isFalse();
    }

    @Test
    void giving_login_credentials_beyond_a_pot_is_refused() {
        fx.capacity(fx.modulePot("Cases"), 0);
        long id = users.create(person("nopass", docsAndCases), null);

        assertThatThrownBy(() -> users.setPassword(id, "a-long-enough-password"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Cases: 0 of 0 in use, this needs 1 more");
        assertThat(users.load(id).hasPassword()).isFalse();
    }

    @Test
    void adding_a_module_to_a_profile_is_refused_when_its_users_would_overflow_the_pot() {
        fx.capacity(fx.modulePot("Cases"), 1);
        users.create(person("doc1", documents), DirectoryFixtures.PASSWORD);
        users.create(person("doc2", documents), DirectoryFixtures.PASSWORD);
        ProfileRow row = profiles.load(documents);
        ProfileData withCases = new ProfileData(
                row.name(), row.licenceTypeId(), Set.of(fx.moduleId("Documents"), fx.moduleId("Cases")));

        LicenceImpact impact = profiles.preview(documents, withCases);
        assertThat(impact.fits()).isFalse();
        assertThat(impact.overflowing())
                .singleElement()
                .satisfies(p -> assertThat(p.describe()).isEqualTo("Cases: 0 of 1 in use, this needs 2 more"));
        assertThatThrownBy(() -> profiles.update(documents, row.version(), withCases))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Cases: 0 of 1 in use, this needs 2 more");
        assertThat(profiles.load(documents).modules()).containsExactly("Documents");
    }

    @Test
    void moving_a_user_to_a_profile_with_a_full_module_is_refused_and_nothing_changes() {
        fx.capacity(fx.modulePot("Cases"), 1);
        users.create(person("casey", docsAndCases), DirectoryFixtures.PASSWORD);
        long mover = users.create(person("mover", documents), DirectoryFixtures.PASSWORD);
        UserEdit e = users.load(mover);
        UserData moved = new UserData(
                e.data().firstName(),
                e.data().lastName(),
                e.data().email(),
                e.data().username(),
                Role.USER,
                docsAndCases,
                area,
                e.data().positionId(),
                null,
                null);

        assertThatThrownBy(() -> users.update(mover, e.version(), moved))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Cases: 1 of 1 in use, this needs 1 more");
        assertThat(users.load(mover).data().profileId()).isEqualTo(documents);
    }

    @Test
    void removing_a_module_from_a_profile_frees_its_users_licences_at_once() {
        users.create(person("reader1", docsAndCases), DirectoryFixtures.PASSWORD);
        users.create(person("reader2", docsAndCases), DirectoryFixtures.PASSWORD);
        ProfileRow row = profiles.load(docsAndCases);
        ProfileData docsOnly = new ProfileData(row.name(), row.licenceTypeId(), Set.of(fx.moduleId("Documents")));

        LicenceImpact preview = profiles.preview(docsAndCases, docsOnly);
        assertThat(preview.takesLicences()).isFalse();
        assertThat(preview.pots()).singleElement().satisfies(p -> {
            assertThat(p.pot()).isEqualTo("Cases");
            assertThat(p.summary()).isEqualTo("Frees 2 Cases licences (2 → 0 of 100 in use)");
        });
        profiles.update(docsAndCases, row.version(), docsOnly);

        assertThat(inUse(fx.modulePot("Cases"))).isZero();
        assertThat(inUse(fx.modulePot("Documents"))).isEqualTo(2);
        assertThatThrownBy(() -> profiles.delete(docsAndCases)).hasMessageContaining("held by 2 users");
    }

    @Test
    void restoring_a_deleted_user_is_refused_when_the_pot_has_been_refilled() {
        fx.capacity(fx.modulePot("Documents"), 1);
        long gone = users.create(person("gone", documents), DirectoryFixtures.PASSWORD);
        users.delete(gone);
        users.create(person("successor", documents), DirectoryFixtures.PASSWORD);

        assertThatThrownBy(() -> users.restore(gone))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Documents: 1 of 1 in use");
    }

    // ---------------------------------------------------------------- rule 2, seed 001

    @Test
    void credentials_and_a_module_profile_consume_one_licence_per_module() {
        users.create(person("both", docsAndCases), DirectoryFixtures.PASSWORD);

        assertThat(inUse(fx.modulePot("Documents"))).isEqualTo(1);
        assertThat(inUse(fx.modulePot("Cases"))).isEqualTo(1);
        assertThat(inUse(fx.modulePot("Training"))).isZero();
        assertThat(inUse(fx.typePot("Full"))).isEqualTo(1);
        assertThat(inUse(fx.activeUsersPot())).isEqualTo(1);
    }

    @Test
    void a_user_without_a_password_consumes_nothing() {
        users.create(person("nopass", docsAndCases), null);

        assertThat(pots.namedPots()).allSatisfy(p -> assertThat(p.inUse()).isZero());
    }

    @Test
    void a_profile_without_modules_consumes_no_module_licence() {
        users.create(person("plain", noModules), DirectoryFixtures.PASSWORD);

        assertThat(inUse(fx.modulePot("Documents"))).isZero();
        assertThat(inUse(fx.modulePot("Cases"))).isZero();
        assertThat(inUse(fx.activeUsersPot())).isEqualTo(1);
    }

    @Test
    void free_types_and_administrators_consume_nothing() {
        users.create(person("auditor", auditor), DirectoryFixtures.PASSWORD);
        users.create(
                new UserData(
                        "Ada",
                        "Admin",
                        "ada@example.org",
                        "ada-admin",
                        Role.ADMIN,
                        null,
                        area,
                        null,
                        ConcurrentClass.STANDARD,
                        null),
                DirectoryFixtures.PASSWORD);

        assertThat(pots.namedPots()).allSatisfy(p -> assertThat(p.inUse()).isZero());
    }

    @Test
    void login_less_personnel_consume_their_own_type_pot_without_credentials() {
        users.create(loginless("Worker", trainRecords), null);

        assertThat(inUse(fx.typePot("Train-Records-Only"))).isEqualTo(1);
        assertThat(inUse(fx.modulePot("Training"))).isZero();
        assertThat(inUse(fx.activeUsersPot())).isZero();
    }

    @Test
    void login_less_personnel_get_no_username() {
        UserData withLogin = new UserData(
                "Lee", "Worker", null, "lee", Role.USER, trainRecords, area, null, ConcurrentClass.STANDARD, null);
        assertThatThrownBy(() -> users.create(withLogin, null))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Train-Records-Only holders cannot log in");
    }

    @Test
    void inactive_users_consume_nothing() {
        long id = users.create(person("resting", docsAndCases), DirectoryFixtures.PASSWORD);
        users.deactivate(id);

        assertThat(pots.namedPots()).allSatisfy(p -> assertThat(p.inUse()).isZero());
    }

    // ---------------------------------------------------------------- rule 3, seed 001

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void a_pot_cannot_shrink_below_its_use_and_the_refusal_lists_the_consumers() {
        users.create(person("consumer1", documents), DirectoryFixtures.PASSWORD);
        users.create(person("consumer2", documents), DirectoryFixtures.PASSWORD);
        long pot = fx.modulePot("Documents");

        assertThatThrownBy(() -> pots.changeCapacity(pot, 1, "contract reduced"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Documents: 2 in use")
                .hasMessageContaining("Pat consumer1 (consumer1)")
                .hasMessageContaining("Pat consumer2 (consumer2)");
        assertThat(fx.capacityOf(pot)).isEqualTo(100);

        pots.changeCapacity(pot, 2, "contract reduced");
        assertThat(fx.capacityOf(pot)).isEqualTo(2);
        assertThat(events.stream(AdministrativeChange.class)).anySatisfy(e -> {
            assertThat(e.what()).isEqualTo("Pot capacity changed");
            assertThat(e.actor()).isEqualTo("vendor");
            assertThat(e.before()).isEqualTo("100");
            assertThat(e.reason()).isEqualTo("contract reduced");
            assertThat(e.after()).isEqualTo("2");
        });
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void a_capacity_change_needs_a_reason() {
        assertThatThrownBy(() -> pots.changeCapacity(fx.modulePot("Documents"), 5, " "))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("reason");
    }

    // ---------------------------------------------------------------- rule 4, seed 000

    @Test
    void deleting_a_user_frees_the_licence_for_a_new_account_and_keeps_the_name() {
        fx.capacity(fx.modulePot("Documents"), 1);
        fx.capacity(fx.typePot("Full"), 1);
        long leaver = users.create(person("leaver", documents), DirectoryFixtures.PASSWORD);

        users.delete(leaver);
        long newcomer = users.create(person("newcomer", documents), DirectoryFixtures.PASSWORD);

        assertThat(newcomer).isNotEqualTo(leaver);
        assertThat(inUse(fx.modulePot("Documents"))).isEqualTo(1);
        assertThat(fx.column(
                        "SELECT CONCAT(first_name, ' ', last_name) FROM app_user WHERE id = ? AND deleted_at IS NOT NULL",
                        leaver))
                .containsExactly("Pat leaver");
    }

    @Test
    void a_deleted_users_username_can_be_given_to_someone_new() {
        long leaver = users.create(person("jdoe", documents), DirectoryFixtures.PASSWORD);
        users.delete(leaver);

        UserData again = new UserData(
                "Jane",
                "Doe",
                "jdoe@example.org",
                "jdoe",
                Role.USER,
                documents,
                area,
                fx.position("Another position"),
                ConcurrentClass.STANDARD,
                null);
        long newJdoe = users.create(again, DirectoryFixtures.PASSWORD);

        assertThat(logins.findByUsername("jdoe"))
                .hasValueSatisfying(a -> assertThat(a.userId()).isEqualTo(newJdoe));
        assertThatThrownBy(() -> users.restore(leaver))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Username 'jdoe' has been given");
    }

    // ---------------------------------------------------------------- rule 5

    @Test
    void deactivating_keeps_the_password_and_frees_the_active_user_slot() {
        fx.capacity(fx.activeUsersPot(), 1);
        long first = users.create(person("first", noModules), DirectoryFixtures.PASSWORD);
        String hash = fx.column("SELECT password_hash FROM app_user WHERE id = ?", first)
                .getFirst();

        users.deactivate(first);
        users.create(person("second", noModules), DirectoryFixtures.PASSWORD);

        assertThat(fx.column("SELECT password_hash FROM app_user WHERE id = ?", first))
                .containsExactly(hash);
        assertThat(logins.findByUsername("first"))
                .hasValueSatisfying(a -> assertThat(a.active()).isFalse());
    }

    // ---------------------------------------------------------------- rule 6

    @Test
    void sign_in_refuses_inactive_and_expired_accounts_with_a_reason() {
        long inactive = users.create(person("inactive", noModules), DirectoryFixtures.PASSWORD);
        users.deactivate(inactive);
        long expired = users.create(person("expired", noModules), DirectoryFixtures.PASSWORD);
        users.setValidUntil(expired, java.time.LocalDate.of(2020, 1, 31));
        users.create(person("fine", noModules), DirectoryFixtures.PASSWORD);
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 22);

        assertThat(logins.findByUsername("inactive").orElseThrow().refusalOn(today))
                .contains("account inactive");
        assertThat(logins.findByUsername("expired").orElseThrow().refusalOn(today))
                .contains("account valid until 2020-01-31");
        assertThat(logins.findByUsername("fine").orElseThrow().refusalOn(today)).isEmpty();
    }

    @Test
    void sign_in_refuses_a_login_less_type_even_if_credentials_were_left_in_the_database() {
        long id = fx.user("ghost", Role.USER, trainRecords, area, true, true);

        LoginAccount ghost = logins.findByUsername("ghost").orElseThrow();
        assertThat(ghost.userId()).isEqualTo(id);
        assertThat(ghost.refusalOn(java.time.LocalDate.of(2026, 1, 1))).contains("licence type has no login");
    }

    // ---------------------------------------------------------------- rule 12

    @Test
    void every_user_change_is_published_with_readable_before_and_after() {
        long id = users.create(person("logged", documents), DirectoryFixtures.PASSWORD);
        users.deactivate(id);

        List<AdministrativeChange> changes =
                events.stream(AdministrativeChange.class).toList();
        assertThat(changes).extracting(AdministrativeChange::what).contains("User created", "User deactivated");
        AdministrativeChange deactivated = changes.stream()
                .filter(c -> c.what().equals("User deactivated"))
                .findFirst()
                .orElseThrow();
        assertThat(deactivated.actor()).isEqualTo("alice");
        assertThat(deactivated.subject()).isEqualTo("user logged (Pat logged)");
        assertThat(deactivated.before()).contains("status: active").contains("profile: Documents only");
        assertThat(deactivated.after()).contains("status: inactive");
    }
}
