package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionsFeedTest {

    final AtomicInteger reads = new AtomicInteger();
    final SessionsFeed feed = new SessionsFeed(
            () -> {
                reads.incrementAndGet();
                return new SessionsSnapshot(List.of(), PoolSnapshot.empty(3, 5, 1), Optional.empty(), Instant.now());
            },
            false);
    final AtomicInteger updates = new AtomicInteger();

    @Test
    void a_committed_change_reaches_subscribers_at_the_next_quarter_second() {
        feed.subscribe(snapshot -> updates.incrementAndGet());

        feed.on(new SignOutRequested(new SessionId(1), 1, "ann", "admin", Instant.now()));
        feed.beat();

        assertThat(updates).hasValue(1);
        assertThat(feed.pending()).isFalse();
    }

    @Test
    void without_changes_subscribers_still_get_one_tick_a_second_and_never_more_than_four_updates() {
        feed.subscribe(snapshot -> updates.incrementAndGet());

        for (int i = 0; i < 4; i++) {
            feed.beat();
        }
        assertThat(updates).hasValue(1);

        for (int i = 0; i < 4; i++) {
            feed.on(new SignOutRequested(new SessionId(1), 1, "ann", "admin", Instant.now()));
            feed.on(new SignOutRequested(new SessionId(2), 2, "bob", "admin", Instant.now()));
            feed.beat();
        }
        assertThat(updates).hasValue(5);
    }

    @Test
    void the_state_is_read_once_for_all_subscribers() {
        feed.subscribe(snapshot -> updates.incrementAndGet());
        feed.subscribe(snapshot -> updates.incrementAndGet());
        feed.subscribe(snapshot -> updates.incrementAndGet());

        feed.on(new SignOutRequested(new SessionId(1), 1, "ann", "admin", Instant.now()));
        feed.beat();

        assertThat(updates).hasValue(3);
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_cancelled_subscription_gets_nothing_more() {
        SessionsFeed.Subscription subscription = feed.subscribe(snapshot -> updates.incrementAndGet());
        subscription.cancel();

        feed.on(new SignOutRequested(new SessionId(1), 1, "ann", "admin", Instant.now()));
        feed.beat();

        assertThat(updates).hasValue(0);
        assertThat(feed.subscriberCount()).isZero();
    }
}
