package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Seed 003 (administrators, positions, mandatory fields), seed 004 (reserved), editing and listing. */
@SpringBootTest
@RecordApplicationEvents
@WithMockUser(username = "alice", roles = "ADMIN")
class AccountsAndSetupTest {

    @Autowired
    DirectoryFixtures fx;

    @Autowired
    UserAdministration users;

    @Autowired
    SetupLists setup;

    @Autowired
    LicencePots pots;

    @Autowired
    ApplicationEvents events;

    long area;
    long full;

    @BeforeEach
    void scene() {
        fx.roomyPots();
        area = fx.area("Ward 1");
        full = fx.profile("Full docs", "Full", "Documents");
    }

    private UserData person(String username, Long position) {
        return new UserData(
                "Pat",
                username,
                username + "@example.org",
                username,
                Role.USER,
                full,
                area,
                position,
                ConcurrentClass.STANDARD,
                null);
    }

    private UserData admin(String username) {
        return new UserData(
                "Ada",
                username,
                username + "@example.org",
                username,
                Role.ADMIN,
                null,
                area,
                null,
                ConcurrentClass.STANDARD,
                null);
    }

    private UserData withClass(UserData d, ConcurrentClass cc) {
        return new UserData(
                d.firstName(),
                d.lastName(),
                d.email(),
                d.username(),
                d.role(),
                d.profileId(),
                d.businessAreaId(),
                d.positionId(),
                cc,
                d.validUntil());
    }

    // ---------------------------------------------------------------- seed 003: administrators

    @Test
    void the_sixth_administrator_is_refused_with_figures() {
        // the bootstrap admin is the first
        for (int i = 2; i <= 5; i++) {
            users.create(admin("admin-" + i), DirectoryFixtures.PASSWORD);
        }
        assertThatThrownBy(() -> users.create(admin("admin-6"), DirectoryFixtures.PASSWORD))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Administrator accounts: 5 of 5 in use");
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void support_can_grant_a_sixth_administrator_account() {
        for (int i = 2; i <= 5; i++) {
            users.create(admin("admin-" + i), DirectoryFixtures.PASSWORD);
        }
        pots.changeAdministratorLimit(6, "second site");
        users.create(admin("admin-6"), DirectoryFixtures.PASSWORD);
        assertThat(pots.administratorsInUse()).isEqualTo(6);
    }

    @Test
    void administrators_hold_no_business_profile_nor_position() {
        UserData withProfile = new UserData(
                "Ada",
                "Admin",
                "ada@example.org",
                "ada-admin",
                Role.ADMIN,
                full,
                area,
                null,
                ConcurrentClass.STANDARD,
                null);
        assertThatThrownBy(() -> users.create(withProfile, null))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("no business profile");
    }

    // ---------------------------------------------------------------- seed 003: positions

    @Test
    void a_position_is_held_by_one_user_only() {
        long nurse = setup.createPosition("Nurse 1");
        users.create(person("holder", nurse), DirectoryFixtures.PASSWORD);

        assertThatThrownBy(() -> users.create(person("second", nurse), DirectoryFixtures.PASSWORD))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Position Nurse 1 is already held by Pat holder");
        assertThatThrownBy(() -> setup.createPosition("Nurse 1"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void a_used_position_can_be_disabled_but_not_deleted() {
        long used = setup.createPosition("Quality manager");
        long unused = setup.createPosition("Never held");
        long holder = users.create(person("quality", used), DirectoryFixtures.PASSWORD);
        users.deactivate(holder);

        assertThatThrownBy(() -> setup.deletePosition(used))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("disable it instead");
        setup.setPositionEnabled(used, false);
        setup.deletePosition(unused);

        assertThat(setup.positions()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Quality manager");
            assertThat(p.enabled()).isFalse();
            assertThat(p.everUsed()).isTrue();
        });
        assertThatThrownBy(() -> users.create(person("new-qm", used), DirectoryFixtures.PASSWORD))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("disabled");
    }

    @Test
    void deactivating_a_user_frees_the_position_for_a_successor() {
        long pos = setup.createPosition("Manager 1");
        long first = users.create(person("manager", pos), DirectoryFixtures.PASSWORD);
        users.deactivate(first);

        users.create(person("successor", pos), DirectoryFixtures.PASSWORD);
        assertThat(setup.positions().getFirst().holder()).isEqualTo("Pat successor");
    }

    // ---------------------------------------------------------------- seed 003: mandatory fields, validation

    @Test
    void mandatory_fields_are_all_named_when_missing() {
        UserData empty = new UserData(" ", null, null, null, Role.USER, null, null, null, null, null);
        assertThatThrownBy(() -> users.create(empty, null))
                .isInstanceOf(RefusedException.class)
                .hasMessage("Please fill in the mandatory fields: first name, last name, profile, email, username, "
                        + "business area, position.");
    }

    @Test
    void an_invalid_or_taken_email_is_refused() {
        users.create(person("taken", fx.position("P1")), null);
        UserData bad =
                new UserData("A", "B", "not-an-email", "abc", Role.USER, full, area, fx.position("P2"), null, null);
        assertThatThrownBy(() -> users.create(bad, null)).hasMessageContaining("not a valid email");
        UserData dup = new UserData(
                "A", "B", "taken@example.org", "abc", Role.USER, full, area, fx.position("P3"), null, null);
        assertThatThrownBy(() -> users.create(dup, null)).hasMessageContaining("already used");
    }

    @Test
    void a_secondary_business_area_is_required_and_a_primary_gets_all_automatically() {
        long primary = setup.createPrimaryBusinessArea("Clinical");
        long secondary = setup.createSecondaryBusinessArea(primary, "Surgery");
        assertThat(setup.businessAreas())
                .extracting(BusinessAreaRow::label)
                .contains("Clinical", "Clinical / All", "Clinical / Surgery");

        UserData onPrimary = new UserData(
                "A", "B", "ab@example.org", "abuser", Role.USER, full, primary, fx.position("P9"), null, null);
        assertThatThrownBy(() -> users.create(onPrimary, null)).hasMessageContaining("secondary business area");
        UserData onSecondary = new UserData(
                "A", "B", "ab@example.org", "abuser", Role.USER, full, secondary, fx.position("P10"), null, null);
        users.create(onSecondary, null);
        assertThatThrownBy(() -> setup.deleteBusinessArea(primary)).hasMessageContaining("disable it instead");
    }

    // ---------------------------------------------------------------- optimistic locking

    @Test
    void a_concurrent_edit_is_refused_instead_of_overwriting() {
        long id = users.create(person("edited", fx.position("E1")), null);
        UserEdit mine = users.load(id);
        UserEdit theirs = users.load(id);

        UserData theirChange = new UserData(
                "Theirs",
                theirs.data().lastName(),
                theirs.data().email(),
                theirs.data().username(),
                Role.USER,
                full,
                area,
                theirs.data().positionId(),
                null,
                null);
        users.update(id, theirs.version(), theirChange);

        UserData myChange = new UserData(
                "Mine",
                mine.data().lastName(),
                mine.data().email(),
                mine.data().username(),
                Role.USER,
                full,
                area,
                mine.data().positionId(),
                null,
                null);
        assertThatThrownBy(() -> users.update(id, mine.version(), myChange))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("was changed by someone else");
        assertThat(users.load(id).data().firstName()).isEqualTo("Theirs");
    }

    // ---------------------------------------------------------------- seed 004: reserved users

    @Test
    void only_support_may_mark_a_user_reserved() {
        long id = users.create(person("quality", fx.position("QM")), DirectoryFixtures.PASSWORD);
        UserEdit e = users.load(id);
        assertThatThrownBy(() -> users.update(id, e.version(), withClass(e.data(), ConcurrentClass.RESERVED)))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Only support staff may mark or unmark reserved users");
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void reserved_users_never_exceed_the_reserved_capacity() {
        fx.poolCapacity(ConcurrentPool.RESERVED, 1);
        users.create(
                withClass(person("reserved1", fx.position("R1")), ConcurrentClass.RESERVED),
                DirectoryFixtures.PASSWORD);

        assertThatThrownBy(() -> users.create(
                        withClass(person("reserved2", fx.position("R2")), ConcurrentClass.RESERVED),
                        DirectoryFixtures.PASSWORD))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Reserved users: 1 of 1");
        assertThatThrownBy(() -> pots.changePoolCapacity(ConcurrentPool.RESERVED, 0, "cut"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Pat reserved1");
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void the_warning_shows_while_full_access_is_below_reserved_users_plus_one() {
        fx.poolCapacity(ConcurrentPool.FULL_ACCESS, 1);
        assertThat(pots.reservedCoverageWarning()).isEmpty();
        users.create(
                withClass(person("reserved1", fx.position("R1")), ConcurrentClass.RESERVED),
                DirectoryFixtures.PASSWORD);

        assertThat(pots.reservedCoverageWarning())
                .hasValueSatisfying(w -> assertThat(w.message())
                        .isEqualTo("Full-access capacity (1) should be at least the number of reserved"
                                + " users plus one (2), so that normal users can still sign in."));
        pots.changePoolCapacity(ConcurrentPool.FULL_ACCESS, 2, "more seats");
        assertThat(pots.reservedCoverageWarning()).isEmpty();
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void a_pool_capacity_change_publishes_its_event_in_the_transaction() {
        pots.changePoolCapacity(ConcurrentPool.VIEW_ONLY, 7, "upgrade");

        assertThat(events.stream(ConcurrentCapacityChanged.class))
                .containsExactly(new ConcurrentCapacityChanged(ConcurrentPool.VIEW_ONLY, 5, 7));
        assertThat(pots.concurrentPools()).extracting(PoolCapacity::capacity).containsExactly(5, 7, 1);
    }

    @Test
    void administrators_are_never_view_only_or_reserved() {
        assertThatThrownBy(() -> users.create(withClass(admin("admin-vo"), ConcurrentClass.VIEW_ONLY), null))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("exempt");
    }

    // ---------------------------------------------------------------- bulk, passwords, listing

    @Test
    void bulk_activation_reports_an_outcome_per_user() {
        fx.capacity(fx.activeUsersPot(), 1);
        long a = fx.user("sleeper-a", Role.USER, full, area, false, true);
        long b = fx.user("sleeper-b", Role.USER, full, area, false, true);

        List<BulkOutcome> outcomes = users.activate(List.of(a, b));

        assertThat(outcomes).extracting(BulkOutcome::done).containsExactly(true, false);
        assertThat(outcomes.get(1).message()).contains("Active users: 1 of 1 in use");
        assertThat(users.load(a).active()).isTrue();
        assertThat(users.load(b).active()).isFalse();
    }

    @Test
    void a_generated_password_is_returned_once_and_works() {
        long id = users.create(person("gen", fx.position("G1")), null);
        String password = users.generatePassword(id);
        assertThat(password).hasSize(20);
        assertThat(users.load(id).hasPassword()).isTrue();
        assertThatThrownBy(() -> users.setPassword(id, "short")).hasMessageContaining("at least 12");
    }

    @Test
    void the_user_list_filters_sorts_and_pages_in_the_database() {
        users.create(person("zed", fx.position("Z")), null);
        users.create(person("amy", fx.position("A")), null);
        long inactive = users.create(person("bob", fx.position("B")), null);
        users.deactivate(inactive);

        var page = users.find(
                new UserFilter("pat", UserStatusFilter.ACTIVE, full, null, Role.USER),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "lastName")));
        assertThat(page.getContent()).extracting(UserRow::username).containsExactly("zed", "amy");
        assertThat(users.count(new UserFilter(null, UserStatusFilter.INACTIVE, null, null, null)))
                .isEqualTo(1);
        assertThat(users.find(UserFilter.all(), PageRequest.of(0, 2, Sort.by("username")))
                        .getContent())
                .extracting(UserRow::username)
                .containsExactly("admin", "amy");
        assertThat(users.find(
                                new UserFilter(
                                        null,
                                        null,
                                        null,
                                        fx.jdbc()
                                                .queryForObject(
                                                        "SELECT parent_id FROM business_area WHERE id = ?",
                                                        Long.class,
                                                        area),
                                        null),
                                PageRequest.of(0, 10))
                        .getContent())
                .hasSize(3);
        assertThat(page.getContent().getFirst().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThatThrownBy(() -> users.find(UserFilter.all(), PageRequest.of(0, 5, Sort.by("password_hash"))))
                .isInstanceOf(RefusedException.class);
    }
}
