package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatkeeper.sessions.AdmissionClass.EXEMPT;
import static org.seatkeeper.sessions.AdmissionClass.RESERVED;
import static org.seatkeeper.sessions.AdmissionClass.STANDARD;
import static org.seatkeeper.sessions.AdmissionClass.VIEW_ONLY;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.RefusedException;

/** Rule 7 without Spring or a database, with seed 004's two worked examples reproduced to the number. */
class AdmissionRuleTest {

    /** Seed 004's "Hospital A": Full-access 3, View-only 5, Reserved 1. */
    private static PoolSnapshot hospitalA(int fullInUse, int viewInUse, int reservedInUse) {
        return PoolSnapshot.of(3, fullInUse, 5, viewInUse, 1, reservedInUse);
    }

    /** Plays sign-ins one after the other, as the seed's examples do. */
    private static final class Site {
        PoolSnapshot pools;

        Site(PoolSnapshot pools) {
            this.pools = pools;
        }

        SeatKind signIn(AdmissionClass admissionClass) {
            SeatKind seat = AdmissionRule.admit(admissionClass, pools);
            pools = pools.taking(seat);
            return seat;
        }

        String figures() {
            return pools.remainingFigures();
        }
    }

    @Nested
    class Seed004Example1 {

        @Test
        void full_pool_overflows_to_view_only_reserved_user_still_gets_in_then_everyone_is_refused() {
            // "There are currently 2 Full-access Users logged into the system."
            Site site = new Site(hospitalA(2, 0, 0));
            assertThat(site.figures()).isEqualTo("F: 1 remaining, V: 5 remaining, R: 1 remaining");

            // User A, a View-only User, logs in.
            assertThat(site.signIn(VIEW_ONLY)).isEqualTo(SeatKind.VIEW_ONLY);
            assertThat(site.figures()).isEqualTo("F: 1 remaining, V: 4 remaining, R: 1 remaining");

            // User B, a Full-access User, logs in.
            assertThat(site.signIn(STANDARD)).isEqualTo(SeatKind.FULL);
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 4 remaining, R: 1 remaining");

            // User C, also Full-access, logs in as an Overflow User.
            assertThat(site.signIn(STANDARD)).isEqualTo(SeatKind.OVERFLOW);
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 3 remaining, R: 1 remaining");

            // User D, the site administrator holding the Reserved licence.
            assertThat(site.signIn(RESERVED)).isEqualTo(SeatKind.RESERVED);
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 3 remaining, R: 0 remaining");

            // "should 3 additional users (Full-access or otherwise) login, they would use up all the
            // remaining View-only capacity"
            assertThat(site.signIn(STANDARD)).isEqualTo(SeatKind.OVERFLOW);
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 2 remaining, R: 0 remaining");
            assertThat(site.signIn(VIEW_ONLY)).isEqualTo(SeatKind.VIEW_ONLY);
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 1 remaining, R: 0 remaining");
            assertThat(site.signIn(STANDARD)).isEqualTo(SeatKind.OVERFLOW);
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 0 remaining, R: 0 remaining");

            // "Any subsequent logins, regardless of the type, would be denied access."
            assertThatThrownBy(() -> site.signIn(STANDARD))
                    .isInstanceOf(RefusedException.class)
                    .hasMessage("All licences are in use. Try again later. ("
                            + "Full-access 3 of 3 in use, View-only 5 of 5 in use.)");
            assertThatThrownBy(() -> site.signIn(VIEW_ONLY))
                    .isInstanceOf(RefusedException.class)
                    .hasMessage("All licences are in use. Try again later. (" + "View-only 5 of 5 in use.)");
            assertThatThrownBy(() -> site.signIn(RESERVED))
                    .isInstanceOf(RefusedException.class)
                    .hasMessage("All licences are in use. Try again later. (" + "Reserved 1 of 1 in use.)");
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 0 remaining, R: 0 remaining");
        }
    }

    @Nested
    class Seed004Example2 {

        @Test
        void full_view_only_pool_does_not_stop_full_access_users_and_only_the_reserved_user_gets_in_at_the_end() {
            // "assuming that there are currently 4 View-only Users logged in and no other users"
            Site site = new Site(hospitalA(0, 4, 0));
            assertThat(site.figures()).isEqualTo("F: 3 remaining, V: 1 remaining, R: 1 remaining");

            // User A, a View-only User, logs in.
            assertThat(site.signIn(VIEW_ONLY)).isEqualTo(SeatKind.VIEW_ONLY);
            assertThat(site.figures()).isEqualTo("F: 3 remaining, V: 0 remaining, R: 1 remaining");

            // "no other View-only Users will be allowed access to the system"
            assertThatThrownBy(() -> site.signIn(VIEW_ONLY))
                    .isInstanceOf(RefusedException.class)
                    .hasMessageStartingWith(AdmissionRule.ALL_IN_USE);
            assertThat(site.figures()).isEqualTo("F: 3 remaining, V: 0 remaining, R: 1 remaining");

            // User B, a Full-access User, logs in as normal.
            assertThat(site.signIn(STANDARD)).isEqualTo(SeatKind.FULL);
            assertThat(site.figures()).isEqualTo("F: 2 remaining, V: 0 remaining, R: 1 remaining");

            // "If 2 more Full-access Users were to log in at this time"
            assertThat(site.signIn(STANDARD)).isEqualTo(SeatKind.FULL);
            assertThat(site.figures()).isEqualTo("F: 1 remaining, V: 0 remaining, R: 1 remaining");
            assertThat(site.signIn(STANDARD)).isEqualTo(SeatKind.FULL);
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 0 remaining, R: 1 remaining");

            // "only the reserved user would be allowed access"
            assertThatThrownBy(() -> site.signIn(STANDARD))
                    .isInstanceOf(RefusedException.class)
                    .hasMessage("All licences are in use. Try again later. ("
                            + "Full-access 3 of 3 in use, View-only 5 of 5 in use.)");
            assertThatThrownBy(() -> site.signIn(VIEW_ONLY)).isInstanceOf(RefusedException.class);
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 0 remaining, R: 1 remaining");
            assertThat(site.signIn(RESERVED)).isEqualTo(SeatKind.RESERVED);
            assertThat(site.figures()).isEqualTo("F: 0 remaining, V: 0 remaining, R: 0 remaining");
        }
    }

    @Test
    void administrator_and_support_accounts_are_admitted_on_no_pool_even_when_everything_is_full() {
        PoolSnapshot full = hospitalA(3, 5, 1);
        assertThat(AdmissionRule.admit(EXEMPT, full)).isEqualTo(SeatKind.EXEMPT);
        assertThat(full.taking(SeatKind.EXEMPT)).isEqualTo(full);
    }

    @Test
    void administrator_and_support_accounts_are_exempt_whatever_their_flags() {
        assertThat(AdmissionClass.of(true, false, false)).isEqualTo(EXEMPT);
        assertThat(AdmissionClass.of(true, true, false)).isEqualTo(EXEMPT);
        assertThat(AdmissionClass.of(true, false, true)).isEqualTo(EXEMPT);
        assertThat(AdmissionClass.of(false, false, false)).isEqualTo(STANDARD);
        assertThat(AdmissionClass.of(false, true, false)).isEqualTo(VIEW_ONLY);
        assertThat(AdmissionClass.of(false, false, true)).isEqualTo(RESERVED);
    }

    @Test
    void a_user_both_view_only_and_reserved_is_rejected() {
        assertThatThrownBy(() -> AdmissionClass.of(false, true, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule 7");
    }

    @Test
    void a_reserved_user_with_the_reserved_pool_full_is_refused_and_never_takes_a_full_seat() {
        PoolSnapshot reservedFull = hospitalA(0, 0, 1);
        assertThat(AdmissionRule.seatFor(RESERVED, reservedFull)).isEmpty();
        assertThatThrownBy(() -> AdmissionRule.admit(RESERVED, reservedFull))
                .hasMessage("All licences are in use. Try again later. (" + "Reserved 1 of 1 in use.)");
    }

    @Test
    void a_reserved_user_gets_in_while_full_access_and_view_only_are_full() {
        assertThat(AdmissionRule.admit(RESERVED, hospitalA(3, 5, 0))).isEqualTo(SeatKind.RESERVED);
    }

    @Test
    void a_view_only_user_never_takes_a_full_seat() {
        assertThat(AdmissionRule.seatFor(VIEW_ONLY, hospitalA(0, 5, 0))).isEmpty();
    }

    @Test
    void a_standard_user_never_takes_a_reserved_seat() {
        assertThat(AdmissionRule.seatFor(STANDARD, hospitalA(3, 5, 0))).isEmpty();
    }

    @Test
    void a_pool_of_capacity_zero_admits_nobody() {
        PoolSnapshot none = PoolSnapshot.empty(0, 0, 0);
        assertThat(AdmissionRule.seatFor(STANDARD, none)).isEmpty();
        assertThat(AdmissionRule.seatFor(VIEW_ONLY, none)).isEmpty();
        assertThat(AdmissionRule.seatFor(RESERVED, none)).isEmpty();
        assertThat(AdmissionRule.seatFor(EXEMPT, none)).contains(SeatKind.EXEMPT);
    }

    @Test
    void releasing_an_overflow_seat_frees_view_only_capacity() {
        PoolSnapshot pools = hospitalA(3, 5, 0).releasing(SeatKind.OVERFLOW);
        assertThat(pools.remainingFigures()).isEqualTo("F: 0 remaining, V: 1 remaining, R: 1 remaining");
    }

    @Test
    void remaining_is_never_negative_when_use_exceeds_capacity() {
        assertThat(PoolSnapshot.of(2, 3, 0, 0, 0, 0).remaining(ConcurrentPool.FULL_ACCESS))
                .isZero();
    }

    @Test
    void full_access_capacity_below_reserved_users_plus_one_is_warned_about() {
        assertThat(AdmissionRule.fullAccessWarning(1, 1))
                .hasValueSatisfying(
                        warning -> assertThat(warning).contains("(1)").contains("(2)"));
        assertThat(AdmissionRule.fullAccessWarning(2, 1)).isEmpty();
        assertThat(AdmissionRule.fullAccessWarning(3, 1)).isEmpty();
        assertThat(AdmissionRule.fullAccessWarning(0, 0)).isPresent();
    }
}
