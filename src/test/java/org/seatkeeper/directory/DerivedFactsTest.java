package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seatkeeper.sessions.AdmissionRule;

/** Facts derived from a user or the pools, each computed in one place, without Spring. */
class DerivedFactsTest {

    @Test
    void a_deleted_account_is_deleted_whatever_else_it_is() {
        assertThat(AccountStatus.of(true, Role.ADMIN, true)).isEqualTo(AccountStatus.DELETED);
        assertThat(AccountStatus.of(true, Role.USER, false)).isEqualTo(AccountStatus.DELETED);
    }

    @Test
    void support_and_administrator_accounts_show_their_role_active_or_not() {
        assertThat(AccountStatus.of(false, Role.SUPPORT, false)).isEqualTo(AccountStatus.SUPPORT);
        assertThat(AccountStatus.of(false, Role.ADMIN, false)).isEqualTo(AccountStatus.ADMINISTRATOR);
    }

    @Test
    void a_business_user_is_active_or_inactive() {
        assertThat(AccountStatus.of(false, Role.USER, true)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(AccountStatus.of(false, Role.USER, false)).isEqualTo(AccountStatus.INACTIVE);
    }

    @Test
    void the_list_row_and_the_entity_derive_the_same_status() {
        UserRow inactive = new UserRow(
                1,
                "Ann",
                "Smith",
                "ann",
                null,
                Role.USER,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ConcurrentClass.STANDARD,
                true);
        assertThat(inactive.status()).isEqualTo(AccountStatus.of(false, Role.USER, false));
        assertThat(inactive.hasLogin()).isTrue();
        UserRow recorded = new UserRow(
                2,
                "Rob",
                "Jones",
                null,
                null,
                Role.USER,
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ConcurrentClass.STANDARD,
                false);
        assertThat(recorded.hasLogin()).isFalse();
    }

    @Test
    void a_holding_reads_licence_type_and_modules_from_the_profile() {
        LicenceType full = new LicenceType("Full", true, false, 1);
        Profile nurse = new Profile("Nurse", full, Set.of(new LicensedModule("Cases")));
        LicenceConsumption.Holding holding = LicenceConsumption.Holding.of(false, true, Role.USER, nurse, true);

        assertThat(holding.typeCanLogIn()).isTrue();
        assertThat(holding.typeFree()).isFalse();
        assertThat(holding.moduleIds()).hasSize(1);
        assertThat(LicenceConsumption.Holding.of(false, true, Role.ADMIN, null, true)
                        .moduleIds())
                .isEmpty();
    }

    @Test
    void a_holding_with_another_profile_keeps_the_person_and_takes_the_new_type() {
        LicenceConsumption.Holding before = LicenceConsumption.Holding.of(
                false, true, Role.USER, new LicenceType("Full", true, false, 1), Set.of(), true);
        LicenceConsumption.Holding after = before.with(new LicenceType("Records only", false, false, 2), Set.of());

        assertThat(after.active()).isTrue();
        assertThat(after.hasCredentials()).isTrue();
        assertThat(after.typeCanLogIn()).isFalse();
    }

    @Test
    void full_access_must_cover_every_reserved_user_and_one_more() {
        assertThat(ReservedCoverageWarning.of(2, 1)).isEmpty();
        assertThat(ReservedCoverageWarning.of(1, 1)).hasValue(new ReservedCoverageWarning(1, 1));
        assertThat(ReservedCoverageWarning.of(0, 0)).isPresent();
    }

    @Test
    void the_licence_page_and_the_sessions_say_the_reserved_warning_in_one_wording() {
        String warning = ReservedCoverageWarning.of(1, 1).orElseThrow().message();

        assertThat(warning)
                .isEqualTo("Full-access capacity (1) should be at least the number of reserved users"
                        + " plus one (2), so that normal users can still sign in.");
        assertThat(AdmissionRule.fullAccessWarning(1, 1)).hasValue(warning);
    }
}
