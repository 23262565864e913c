package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The database allocation on a real MariaDB follows the pure rule step by step. */
@SpringBootTest
@RecordApplicationEvents
class SeatPoolsTest {

    @Autowired
    SeatPools seatPools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TestUsers users;

    @Test
    void seed_004_example_1_plays_out_the_same_on_the_database() {
        TestPools.set(jdbc, 3, 2, 5, 0, 1, 0);
        assertThat(figures()).isEqualTo("F: 1 remaining, V: 5 remaining, R: 1 remaining");

        assertThat(seatPools.take(AdmissionClass.VIEW_ONLY)).isEqualTo(SeatKind.VIEW_ONLY);
        assertThat(figures()).isEqualTo("F: 1 remaining, V: 4 remaining, R: 1 remaining");
        assertThat(seatPools.take(AdmissionClass.STANDARD)).isEqualTo(SeatKind.FULL);
        assertThat(figures()).isEqualTo("F: 0 remaining, V: 4 remaining, R: 1 remaining");
        assertThat(seatPools.take(AdmissionClass.STANDARD)).isEqualTo(SeatKind.OVERFLOW);
        assertThat(figures()).isEqualTo("F: 0 remaining, V: 3 remaining, R: 1 remaining");
        assertThat(seatPools.take(AdmissionClass.RESERVED)).isEqualTo(SeatKind.RESERVED);
        assertThat(figures()).isEqualTo("F: 0 remaining, V: 3 remaining, R: 0 remaining");
        assertThat(seatPools.take(AdmissionClass.STANDARD)).isEqualTo(SeatKind.OVERFLOW);
        assertThat(seatPools.take(AdmissionClass.VIEW_ONLY)).isEqualTo(SeatKind.VIEW_ONLY);
        assertThat(seatPools.take(AdmissionClass.STANDARD)).isEqualTo(SeatKind.OVERFLOW);
        assertThat(figures()).isEqualTo("F: 0 remaining, V: 0 remaining, R: 0 remaining");

        for (AdmissionClass admissionClass :
                new AdmissionClass[] {AdmissionClass.STANDARD, AdmissionClass.VIEW_ONLY, AdmissionClass.RESERVED}) {
            assertThatThrownBy(() -> seatPools.take(admissionClass))
                    .isInstanceOf(RefusedException.class)
                    .hasMessageStartingWith("All licences are in use. Try again later.");
        }
        assertThat(seatPools.take(AdmissionClass.EXEMPT)).isEqualTo(SeatKind.EXEMPT);
        assertThat(figures()).isEqualTo("F: 0 remaining, V: 0 remaining, R: 0 remaining");
    }

    @Test
    void seed_004_example_2_plays_out_the_same_on_the_database() {
        TestPools.set(jdbc, 3, 0, 5, 4, 1, 0);
        assertThat(figures()).isEqualTo("F: 3 remaining, V: 1 remaining, R: 1 remaining");
        assertThat(seatPools.take(AdmissionClass.VIEW_ONLY)).isEqualTo(SeatKind.VIEW_ONLY);
        assertThat(figures()).isEqualTo("F: 3 remaining, V: 0 remaining, R: 1 remaining");
        assertThatThrownBy(() -> seatPools.take(AdmissionClass.VIEW_ONLY))
                .hasMessage("All licences are in use. Try again later. (" + "View-only 5 of 5 in use.)");
        assertThat(seatPools.take(AdmissionClass.STANDARD)).isEqualTo(SeatKind.FULL);
        assertThat(figures()).isEqualTo("F: 2 remaining, V: 0 remaining, R: 1 remaining");
        seatPools.take(AdmissionClass.STANDARD);
        seatPools.take(AdmissionClass.STANDARD);
        assertThat(figures()).isEqualTo("F: 0 remaining, V: 0 remaining, R: 1 remaining");
        assertThatThrownBy(() -> seatPools.take(AdmissionClass.STANDARD))
                .hasMessage("All licences are in use. Try again later. ("
                        + "Full-access 3 of 3 in use, View-only 5 of 5 in use.)");
        assertThat(seatPools.take(AdmissionClass.RESERVED)).isEqualTo(SeatKind.RESERVED);
        assertThat(figures()).isEqualTo("F: 0 remaining, V: 0 remaining, R: 0 remaining");
    }

    @Test
    void releasing_a_seat_frees_it_in_its_own_pool() {
        TestPools.set(jdbc, 3, 3, 5, 5, 1, 1);
        seatPools.release(SeatKind.OVERFLOW);
        assertThat(figures()).isEqualTo("F: 0 remaining, V: 1 remaining, R: 0 remaining");
        seatPools.release(SeatKind.FULL);
        seatPools.release(SeatKind.RESERVED);
        seatPools.release(SeatKind.EXEMPT);
        assertThat(figures()).isEqualTo("F: 1 remaining, V: 1 remaining, R: 1 remaining");
    }

    @Test
    void releasing_on_an_empty_pool_never_goes_below_zero() {
        TestPools.set(jdbc, 3, 0, 5, 0, 1, 0);
        seatPools.release(SeatKind.FULL);
        assertThat(seatPools.snapshot().fullAccess().inUse()).isZero();
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"USER", "ADMIN", "SUPPORT"})
    void support_sets_a_capacity_and_the_change_is_recorded_with_its_reason() {
        TestPools.set(jdbc, 3, 2, 5, 0, 1, 0);
        PoolSnapshot after = seatPools.setCapacity(ConcurrentPool.FULL_ACCESS, 10, "Contract 2027 renewal");
        assertThat(after.fullAccess()).isEqualTo(new PoolUsage(ConcurrentPool.FULL_ACCESS, 10, 2));
        assertThat(poolChanges()).singleElement().satisfies(change -> {
            assertThat(change.actor()).isEqualTo("vendor");
            assertThat(change.subject()).isEqualTo("pool Full-access");
            assertThat(change.before()).isEqualTo("3");
            assertThat(change.reason()).isEqualTo("Contract 2027 renewal");
            assertThat(change.after()).isEqualTo("10");
        });
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"USER", "ADMIN", "SUPPORT"})
    void capacity_below_the_seats_in_use_is_refused_naming_the_pool_and_figures() {
        TestPools.set(jdbc, 3, 0, 5, 4, 1, 0);
        assertThatThrownBy(() -> seatPools.setCapacity(ConcurrentPool.VIEW_ONLY, 3, "Cut"))
                .isInstanceOf(RefusedException.class)
                .hasMessage("The View-only pool cannot be set to 3: 4 of its 5 seats are in use now.");
        assertThat(seatPools.snapshot().viewOnly().capacity()).isEqualTo(5);
        assertThat(poolChanges()).isEmpty();

        seatPools.setCapacity(ConcurrentPool.VIEW_ONLY, 4, "Cut to what is used");
        assertThat(seatPools.snapshot().viewOnly()).isEqualTo(new PoolUsage(ConcurrentPool.VIEW_ONLY, 4, 4));
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"USER", "ADMIN", "SUPPORT"})
    void a_capacity_change_needs_a_reason() {
        assertThatThrownBy(() -> seatPools.setCapacity(ConcurrentPool.RESERVED, 2, " "))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("reason");
    }

    @Test
    @WithMockUser(
            username = "boss",
            roles = {"USER", "ADMIN"})
    void administrators_cannot_change_capacities() {
        assertThatThrownBy(() -> seatPools.setCapacity(ConcurrentPool.FULL_ACCESS, 100, "More"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"USER", "ADMIN", "SUPPORT"})
    void the_reserved_pool_cannot_be_set_below_the_number_of_reserved_users() {
        TestPools.set(jdbc, 3, 5, 2);
        markReserved("Quality", "Manager");
        markReserved("Site", "Lead");

        assertThatThrownBy(() -> seatPools.setCapacity(ConcurrentPool.RESERVED, 1, "Cut"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("2 users are marked reserved")
                .hasMessageContaining("Quality Manager");
        assertThat(seatPools.snapshot().reserved().capacity()).isEqualTo(2);
        assertThat(seatPools
                        .setCapacity(ConcurrentPool.RESERVED, 2, "Exactly enough")
                        .reserved()
                        .capacity())
                .isEqualTo(2);
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"USER", "ADMIN", "SUPPORT"})
    void full_access_capacity_below_reserved_users_plus_one_is_warned_about() {
        TestPools.set(jdbc, 2, 5, 2);
        markReserved("Quality", "Manager");
        markReserved("Site", "Lead");

        assertThat(seatPools.fullAccessWarning())
                .hasValue("Full-access capacity (2) should be at least the"
                        + " number of reserved users plus one (3), so that normal users can still sign in.");
        seatPools.setCapacity(ConcurrentPool.FULL_ACCESS, 3, "Follow the warning");
        assertThat(seatPools.fullAccessWarning()).isEmpty();
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"USER", "ADMIN", "SUPPORT"})
    void a_refused_live_pool_change_leaves_the_purchased_figure_unchanged_too() {
        TestPools.set(jdbc, 3, 0, 5, 4, 1, 0);
        assertThatThrownBy(() -> seatPools.setCapacity(ConcurrentPool.VIEW_ONLY, 2, "Cut"))
                .isInstanceOf(RefusedException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT capacity FROM concurrent_pool_capacity WHERE kind = 'VIEW_ONLY'", Integer.class))
                .isEqualTo(5);
    }

    private void markReserved(String first, String last) {
        users.add(null).named(first, last).concurrentClass("RESERVED").insert();
    }

    private List<AdministrativeChange> poolChanges() {
        return events.stream(AdministrativeChange.class)
                .filter(c -> c.subject().startsWith("pool "))
                .toList();
    }

    private String figures() {
        return seatPools.snapshot().remainingFigures();
    }
}
