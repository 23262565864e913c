package org.seatkeeper.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;

/** The banner's one feed: what changed here reaches every page at the next beat; others' alerts at the slow tick. */
class AlertsFeedTest {

    final List<OpenAlert> open = new CopyOnWriteArrayList<>();
    final AtomicInteger reads = new AtomicInteger();
    final AlertsFeed feed = new AlertsFeed(
            () -> {
                reads.incrementAndGet();
                return List.copyOf(open);
            },
            false);
    final List<List<OpenAlert>> handed = new ArrayList<>();

    private static OpenAlert fullAccess(long id) {
        return new OpenAlert(
                id,
                ConcurrentPool.FULL_ACCESS,
                AlertKind.HIGH_USE,
                Instant.parse("2026-11-30T09:12:00Z"),
                null,
                5,
                5,
                0,
                90,
                5);
    }

    @Test
    void an_alert_raised_on_this_node_reaches_every_page_at_the_next_beat_read_once() {
        feed.subscribe(handed::add);
        feed.subscribe(handed::add);

        open.add(fullAccess(1));
        feed.on(new AlertsChanged(1));
        feed.beat();

        assertThat(handed)
                .hasSize(2)
                .allSatisfy(list -> assertThat(list).extracting(OpenAlert::id).containsExactly(1L));
        assertThat(reads).hasValue(1);
    }

    @Test
    void an_alert_raised_on_another_node_shows_at_the_slow_tick_and_nothing_is_repeated() {
        Runnable cancel = feed.subscribe(handed::add);
        open.add(fullAccess(2));

        for (int i = 0; i < AlertsFeed.SLOW_TICKS * 3; i++) {
            feed.beat();
        }

        assertThat(handed).hasSize(1);
        cancel.run();
        open.clear();
        feed.on(new AlertsChanged(2));
        feed.beat();
        assertThat(handed).as("no page listens any more").hasSize(1);
    }
}
