package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;

/**
 * The small terms sessions are made of, without Spring or a database: pool figures, seat kinds, leases,
 * where a session comes from, and what a user is told when a session ends.
 */
class SessionTermsTest {

    @Test
    void a_pool_has_room_until_its_last_seat_is_taken_and_never_shows_negative_remaining() {
        assertThat(new PoolUsage(ConcurrentPool.VIEW_ONLY, 5, 4).hasRoom()).isTrue();
        assertThat(new PoolUsage(ConcurrentPool.VIEW_ONLY, 5, 5).hasRoom()).isFalse();
        assertThat(new PoolUsage(ConcurrentPool.VIEW_ONLY, 5, 4).remaining()).isEqualTo(1);
        assertThat(new PoolUsage(ConcurrentPool.VIEW_ONLY, 5, 7).remaining()).isZero();
        assertThat(new PoolUsage(ConcurrentPool.VIEW_ONLY, 5, 4).describe()).isEqualTo("View-only 4 of 5 in use");
    }

    @Test
    void pool_figures_cannot_be_negative_nor_name_no_pool() {
        assertThatThrownBy(() -> new PoolUsage(ConcurrentPool.FULL_ACCESS, -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolUsage(ConcurrentPool.FULL_ACCESS, 3, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolUsage(null, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PoolUsage(ConcurrentPool.FULL_ACCESS, 0, 0).hasRoom()).isFalse();
    }

    @Test
    void a_snapshot_keeps_each_pool_in_its_place() {
        PoolUsage full = new PoolUsage(ConcurrentPool.FULL_ACCESS, 3, 0);
        PoolUsage view = new PoolUsage(ConcurrentPool.VIEW_ONLY, 5, 0);
        PoolUsage reserved = new PoolUsage(ConcurrentPool.RESERVED, 1, 0);

        assertThatThrownBy(() -> new PoolSnapshot(view, full, reserved)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolSnapshot(full, reserved, view)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolSnapshot(reserved, view, full)).isInstanceOf(IllegalArgumentException.class);
        PoolSnapshot pools = new PoolSnapshot(full, view, reserved);
        assertThat(pools.usage(ConcurrentPool.FULL_ACCESS)).isSameAs(full);
        assertThat(pools.usage(ConcurrentPool.VIEW_ONLY)).isSameAs(view);
        assertThat(pools.usage(ConcurrentPool.RESERVED)).isSameAs(reserved);
    }

    @Test
    void taking_and_releasing_a_seat_moves_only_its_own_pool_and_an_exempt_seat_moves_none() {
        PoolSnapshot pools = PoolSnapshot.of(3, 1, 5, 2, 1, 0);

        assertThat(pools.taking(SeatKind.FULL)).isEqualTo(PoolSnapshot.of(3, 2, 5, 2, 1, 0));
        assertThat(pools.taking(SeatKind.OVERFLOW)).isEqualTo(PoolSnapshot.of(3, 1, 5, 3, 1, 0));
        assertThat(pools.taking(SeatKind.RESERVED)).isEqualTo(PoolSnapshot.of(3, 1, 5, 2, 1, 1));
        assertThat(pools.releasing(SeatKind.VIEW_ONLY)).isEqualTo(PoolSnapshot.of(3, 1, 5, 1, 1, 0));
        assertThat(pools.releasing(SeatKind.FULL)).isEqualTo(PoolSnapshot.of(3, 0, 5, 2, 1, 0));
        assertThat(pools.taking(SeatKind.EXEMPT)).isSameAs(pools);
        assertThat(pools.releasing(SeatKind.EXEMPT)).isSameAs(pools);
    }

    @Test
    void a_snapshot_reads_as_seed_004_prints_it_and_as_the_refusal_names_its_pools() {
        PoolSnapshot pools = PoolSnapshot.of(3, 1, 5, 5, 1, 0);

        assertThat(pools.remainingFigures()).isEqualTo("F: 2 remaining, V: 0 remaining, R: 1 remaining");
        assertThat(pools).hasToString("Full-access 1 of 3 in use, View-only 5 of 5 in use, Reserved 0 of 1 in use");
        assertThat(pools.remaining(ConcurrentPool.FULL_ACCESS)).isEqualTo(2);
        assertThat(pools.hasRoomFor(SeatKind.OVERFLOW)).isFalse();
        assertThat(pools.hasRoomFor(SeatKind.FULL)).isTrue();
        assertThat(pools.hasRoomFor(SeatKind.EXEMPT)).isTrue();
    }

    @Test
    void each_seat_counts_on_its_own_pool() {
        assertThat(SeatKind.FULL.pool()).contains(ConcurrentPool.FULL_ACCESS);
        assertThat(SeatKind.VIEW_ONLY.pool()).contains(ConcurrentPool.VIEW_ONLY);
        assertThat(SeatKind.OVERFLOW.pool()).contains(ConcurrentPool.VIEW_ONLY);
        assertThat(SeatKind.RESERVED.pool()).contains(ConcurrentPool.RESERVED);
        assertThat(SeatKind.EXEMPT.pool()).isEmpty();
    }

    @Test
    void a_lease_lasts_at_least_a_second_with_a_grace_that_is_never_negative() {
        Lease lease = new Lease(7, "ref-1", Duration.ofSeconds(60), Duration.ofSeconds(30));
        assertThat(lease.reclaimAfter()).isEqualTo(Duration.ofSeconds(90));
        assertThat(new Lease(7, null, Duration.ofSeconds(1), Duration.ZERO).reclaimAfter())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(new Lease(7, "r".repeat(200), Duration.ofSeconds(1), Duration.ZERO).reference())
                .hasSize(200);

        assertThatThrownBy(() -> new Lease(7, null, Duration.ofMillis(999), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A lease lasts at least one second");
        assertThatThrownBy(() -> new Lease(7, null, null, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lease(7, null, Duration.ofSeconds(5), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The grace period cannot be negative");
        assertThatThrownBy(() -> new Lease(7, null, Duration.ofSeconds(5), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lease(7, "r".repeat(201), Duration.ofSeconds(5), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A session reference has at most 200 characters");
    }

    @Test
    void a_session_says_where_it_comes_from_even_when_parts_are_unknown() {
        assertThat(ClientDetails.portal("10.0.0.7", "Firefox", "node-1").where())
                .isEqualTo("the portal at 10.0.0.7 on node-1");
        assertThat(new ClientDetails("Records app", null, null, null).where())
                .isEqualTo("Records app at an unknown address on an unknown node");
        assertThat(ClientDetails.portal("10.0.0.7", "b".repeat(300), "n").browser())
                .hasSize(255);
        assertThat(ClientDetails.portal("10.0.0.7", "b".repeat(255), "n").browser())
                .hasSize(255);
        assertThat(ClientDetails.portal("10.0.0.7", null, "n").browser()).isNull();
        assertThatThrownBy(() -> new ClientDetails(" ", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientDetails(null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_user_is_told_in_plain_words_why_their_session_ended() {
        assertThat(EndReason.IDLE_TIMEOUT.explanation())
                .isEqualTo("You were signed out because you were inactive for too long.");
        assertThat(EndReason.CLOSED_BY_ADMINISTRATOR.explanation()).isEqualTo("An administrator closed your session.");
        assertThat(EndReason.SIGN_OUT_REQUEST_EXPIRED.explanation())
                .isEqualTo("You were signed out, as an administrator asked.");
        assertThat(EndReason.REPLACED_STALE.explanation())
                .isEqualTo("Your account signed in somewhere else, which replaced this session.");
        assertThat(EndReason.ACCOUNT_REMOVED.explanation()).isEqualTo("Your account was deactivated or removed.");
        assertThat(EndReason.LEASE_EXPIRED.explanation())
                .isEqualTo("Your application stopped reporting that you are there, so your seat was freed.");
        assertThat(EndReason.NODE_LOST.explanation())
                .isEqualTo("The server you were signed in to stopped, so your session was ended.");
        assertThat(EndReason.EXPIRED.explanation()).isEqualTo("Your session has ended.");
        assertThat(EndReason.SIGNED_OUT.explanation()).isEqualTo("Your session has ended.");
        for (EndReason reason : EndReason.values()) {
            assertThat(reason.explanation())
                    .as(reason.name())
                    .doesNotContain("_")
                    .doesNotContainIgnoringCase("rule");
        }
    }

    @Test
    void the_login_page_address_carries_a_plain_word_that_leads_back_to_the_same_reason() {
        assertThat(EndReason.SIGN_OUT_REQUEST_EXPIRED.word()).isEqualTo("asked");
        assertThat(EndReason.IDLE_TIMEOUT.word()).isEqualTo("idle");
        for (EndReason reason : EndReason.values()) {
            assertThat(reason.word()).as(reason.name()).matches("[a-z-]+");
            assertThat(EndReason.fromWord(reason.word())).contains(reason);
        }
        assertThat(EndReason.fromWord("SIGN_OUT_REQUEST_EXPIRED")).isEmpty();
        assertThat(EndReason.fromWord("nonsense")).isEmpty();
    }

    @Test
    void seats_and_clients_are_named_in_words_a_person_reads() {
        assertThat(SeatKind.FULL.label()).isEqualTo("Full access");
        assertThat(SeatKind.OVERFLOW.label()).isEqualTo("Overflow (view only)");
        assertThat(SeatKind.EXEMPT.label()).isEqualTo("Exempt – no licence");
        assertThat(ClientDetails.label(ClientDetails.PORTAL)).isEqualTo("Portal");
        assertThat(ClientDetails.label("Records app")).isEqualTo("Records app");
    }
}
