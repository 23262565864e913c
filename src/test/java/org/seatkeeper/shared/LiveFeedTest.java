package org.seatkeeper.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine of the live views: one read per beat for every page, and a failed read never ends it. */
class LiveFeedTest {

    final AtomicInteger value = new AtomicInteger(1);
    final AtomicInteger reads = new AtomicInteger();
    final List<Integer> handed = new ArrayList<>();

    LiveFeed<Integer> feed(LiveFeed.Repeat repeat) {
        return new LiveFeed<>(null, Duration.ofMillis(100), 4, repeat, () -> {
            reads.incrementAndGet();
            return value.get();
        });
    }

    @Test
    void a_burst_of_changes_costs_one_read_handed_to_every_page() {
        LiveFeed<Integer> feed = feed(LiveFeed.Repeat.NEVER);
        List<Integer> other = new ArrayList<>();
        feed.subscribe(handed::add);
        feed.subscribe(other::add);
        for (int i = 0; i < 100; i++) {
            feed.changed();
        }

        feed.beat();

        assertThat(reads.get()).isEqualTo(1);
        assertThat(handed).containsExactly(1);
        assertThat(other).containsExactly(1);
        assertThat(feed.pending()).isFalse();
    }

    @Test
    void without_a_change_it_reads_only_every_slow_tick_and_hands_on_only_what_differs() {
        LiveFeed<Integer> feed = feed(LiveFeed.Repeat.NEVER);
        feed.subscribe(handed::add);
        for (int i = 0; i < 4; i++) {
            feed.beat();
        }
        assertThat(reads.get()).isEqualTo(1);
        value.set(2); // committed by another node
        for (int i = 0; i < 8; i++) {
            feed.beat();
        }
        assertThat(reads.get()).isEqualTo(3);
        assertThat(handed).containsExactly(1, 2);
    }

    @Test
    void after_a_change_here_an_equal_value_is_handed_on_again_when_asked_for() {
        LiveFeed<Integer> feed = feed(LiveFeed.Repeat.AFTER_CHANGE);
        feed.subscribe(handed::add);
        feed.changed();
        feed.beat();
        feed.changed();
        feed.beat();

        assertThat(handed).containsExactly(1, 1);
    }

    @Test
    void a_failed_read_is_tried_again_at_the_next_beat() {
        AtomicInteger failures = new AtomicInteger(1);
        LiveFeed<Integer> feed = new LiveFeed<>(null, Duration.ofMillis(100), 4, LiveFeed.Repeat.NEVER, () -> {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("database restarting");
            }
            return 7;
        });
        feed.subscribe(handed::add);
        feed.changed();

        feed.beat();
        assertThat(handed).isEmpty();
        assertThat(feed.pending()).as("the change stays marked").isTrue();

        feed.beat();
        assertThat(handed).containsExactly(7);
    }

    @Test
    void a_page_that_fails_is_dropped_and_a_cancelled_one_hears_nothing() {
        LiveFeed<Integer> feed = feed(LiveFeed.Repeat.ALWAYS);
        feed.subscribe(v -> {
            throw new IllegalStateException("page gone");
        });
        Runnable cancel = feed.subscribe(handed::add);
        feed.changed();
        feed.beat();
        assertThat(feed.subscriberCount()).isEqualTo(1);

        cancel.run();
        feed.changed();
        feed.beat();
        assertThat(handed).containsExactly(1);
        assertThat(feed.subscriberCount()).isZero();
    }
}
