package org.seatkeeper.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.seatkeeper.installation.InstallationFacts;
import org.seatkeeper.sessions.PoolSnapshot;
import org.seatkeeper.sessions.SeatKind;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.SessionStarted;
import org.seatkeeper.shared.AdministrativeChange;

class OverviewFeedTest {

    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger inUse = new AtomicInteger();
    final OverviewFeed feed = new OverviewFeed(
            () -> {
                reads.incrementAndGet();
                return new Overview(
                        List.of(),
                        PoolSnapshot.of(100, inUse.get(), 5, 0, 1, 0),
                        1,
                        5,
                        new InstallationFacts("C", "1", "10.0.0.1", "1.0"),
                        Optional.empty(),
                        List.of());
            },
            false);
    final AtomicInteger updates = new AtomicInteger();

    @Test
    void a_burst_of_a_hundred_sign_ins_reaches_each_page_as_one_update_read_once() {
        feed.subscribe(overview -> updates.incrementAndGet());
        feed.subscribe(overview -> updates.incrementAndGet());

        for (int i = 0; i < 100; i++) {
            inUse.incrementAndGet();
            feed.on(new SessionStarted(
                    new SessionId(i), i, "user" + i, SeatKind.FULL, "Portal", "10.0.0.1", Instant.now()));
        }
        feed.beat();

        assertThat(updates).hasValue(2);
        assertThat(reads).hasValue(1);
        assertThat(feed.pending()).isFalse();
    }

    @Test
    void an_administrative_change_is_handed_on_at_the_next_beat() {
        feed.subscribe(overview -> updates.incrementAndGet());

        feed.on(new AdministrativeChange("admin", Instant.now(), "User created", "user ann", null, "active"));
        feed.beat();

        assertThat(updates).hasValue(1);
    }

    @Test
    void without_changes_the_slow_tick_reads_but_hands_on_only_what_differs() {
        feed.subscribe(overview -> updates.incrementAndGet());

        for (int i = 0; i < OverviewFeed.SLOW_TICKS * 2; i++) {
            feed.beat();
        }
        assertThat(reads).hasValue(2);
        assertThat(updates).as("the first read is new, the second the same").hasValue(1);

        inUse.set(7); // committed on another node: no event here
        for (int i = 0; i < OverviewFeed.SLOW_TICKS; i++) {
            feed.beat();
        }
        assertThat(updates).hasValue(2);
    }

    @Test
    void nothing_is_read_while_no_page_is_open_and_a_cancelled_page_gets_nothing() {
        OverviewFeed.Subscription subscription = feed.subscribe(overview -> updates.incrementAndGet());
        subscription.cancel();

        feed.on(new AdministrativeChange("admin", Instant.now(), "User created", "user ann", null, "active"));
        feed.beat();

        assertThat(reads).hasValue(0);
        assertThat(updates).hasValue(0);
    }
}
