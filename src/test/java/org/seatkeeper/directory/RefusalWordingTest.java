package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the directory tells a person when it refuses, with the figures, without Spring or a database. */
class RefusalWordingTest {

    static final LocalDate TODAY = LocalDate.of(2030, 6, 15);

    @Test
    void a_pot_impact_fits_up_to_the_last_licence_and_names_pot_and_figures() {
        assertThat(new PotImpact("Documents", 18, 20, 2).fits()).isTrue();
        assertThat(new PotImpact("Documents", 18, 20, 3).fits()).isFalse();
        assertThat(new PotImpact("Documents", 18, 20, 3).describe())
                .isEqualTo("Documents: 18 of 20 in use, this needs 3 more");
    }

    @Test
    void a_change_fits_only_when_every_pot_it_touches_fits_and_lists_those_that_do_not() {
        PotImpact documents = new PotImpact("Documents", 20, 20, 1);
        PotImpact cases = new PotImpact("Cases", 1, 20, 1);

        assertThat(new LicenceImpact(List.of(cases)).fits()).isTrue();
        assertThat(new LicenceImpact(List.of(cases, documents)).fits()).isFalse();
        assertThat(new LicenceImpact(List.of(cases, documents)).overflowing()).containsExactly(documents);
        assertThat(new LicenceImpact(List.of()).fits()).isTrue();
    }

    @Test
    void the_reserved_coverage_warning_gives_both_figures() {
        assertThat(new ReservedCoverageWarning(1, 2).message())
                .isEqualTo("Full-access capacity (1) should be at least"
                        + " the number of reserved users plus one (3), so that normal users can still sign in.");
    }

    @Test
    void valid_until_is_the_last_day_a_login_is_accepted() {
        assertThat(account(true, TODAY, true).expiredOn(TODAY)).isFalse();
        assertThat(account(true, TODAY, true).expiredOn(TODAY.plusDays(1))).isTrue();
        assertThat(account(true, null, true).expiredOn(TODAY)).isFalse();
        assertThat(account(true, TODAY, true).refusalOn(TODAY)).isEmpty();
        assertThat(account(true, TODAY.minusDays(1), true).refusalOn(TODAY)).hasValue("account valid until 2030-06-14");
    }

    @Test
    void an_inactive_account_is_told_so_before_anything_else() {
        assertThat(account(false, TODAY.minusDays(1), false).refusalOn(TODAY)).hasValue("account inactive");
        assertThat(account(true, TODAY.minusDays(1), false).refusalOn(TODAY)).hasValue("licence type has no login");
    }

    @Test
    void only_user_accounts_take_a_concurrent_seat() {
        assertThat(new LoginAccount(1, "u", "h", Role.USER, true, null, "U", true, ConcurrentClass.STANDARD).exempt())
                .isFalse();
        assertThat(new LoginAccount(1, "a", "h", Role.ADMIN, true, null, "A", true, ConcurrentClass.STANDARD).exempt())
                .isTrue();
        assertThat(new LoginAccount(1, "s", "h", Role.SUPPORT, true, null, "S", true, ConcurrentClass.STANDARD)
                        .exempt())
                .isTrue();
    }

    private static LoginAccount account(boolean active, LocalDate validUntil, boolean typeCanLogIn) {
        return new LoginAccount(
                1, "u", "h", Role.USER, active, validUntil, "User", typeCanLogIn, ConcurrentClass.STANDARD);
    }

    @Test
    void a_pot_impact_reads_as_a_plain_sentence_with_plurals_and_figures() {
        assertThat(new PotImpact("Cases", 5, 20, 2).summary())
                .isEqualTo("Takes 2 more Cases licences (5 → 7 of 20 in use)");
        assertThat(new PotImpact("Cases", 5, 20, 1).summary())
                .isEqualTo("Takes 1 more Cases licence (5 → 6 of 20 in use)");
        assertThat(new PotImpact("Documents", 5, 20, -3).summary())
                .isEqualTo("Frees 3 Documents licences (5 → 2 of 20 in use)");
        assertThat(new PotImpact("Full licences", 2, 20, -1).summary())
                .isEqualTo("Frees 1 Full licence (2 → 1 of 20 in use)");
        assertThat(new PotImpact("Active users", 2, 20, 1).summary())
                .isEqualTo("Takes 1 more active-user place (2 → 3 of 20 in use)");
        assertThat(new PotImpact("Cases", 19, 20, 3).summary())
                .isEqualTo("Would overfill Cases: 19 of 20 in use, 1 free, this needs 3 more");
        assertThat(PotImpact.users(1)).isEqualTo("1 user");
        assertThat(PotImpact.users(3)).isEqualTo("3 users");
    }
}
