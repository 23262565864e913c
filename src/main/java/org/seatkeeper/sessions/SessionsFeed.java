package org.seatkeeper.sessions;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.seatkeeper.shared.LiveFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one live feed of sessions for the administrators' views. A change committed on this node
 * reaches subscribers within a quarter of a second, batched so that no view gets more than four
 * updates a second; a tick once a second keeps idle seconds counting and brings in changes committed
 * by other nodes. Each update reads the sessions and pools once and hands the same snapshot to every
 * view. The feed owns the only timer; views subscribe on attach and unsubscribe on detach.
 */
@Component
public class SessionsFeed {

    static final long BATCH_MILLIS = 250;
    static final int TICKS_PER_SECOND = 4;

    private final LiveFeed<SessionsSnapshot> feed;

    @Autowired
    SessionsFeed(OpenSessionsReader sessions, SeatPools pools, Clock clock) {
        this(
                () -> {
                    Instant readAt = clock.instant();
                    return new SessionsSnapshot(sessions.open(), pools.snapshot(), pools.fullAccessWarning(), readAt);
                },
                true);
    }

    /** Tests give their own reader and drive {@link #beat()} themselves. */
    SessionsFeed(Supplier<SessionsSnapshot> reader, boolean startTimer) {
        // every snapshot is handed on, even an equal one: idle seconds count on in the views
        this.feed = new LiveFeed<>(
                startTimer ? "sessions-feed" : null,
                Duration.ofMillis(BATCH_MILLIS),
                TICKS_PER_SECOND,
                LiveFeed.Repeat.ALWAYS,
                reader);
    }

    /**
     * The callback runs on the feed's thread with the state read once for every subscriber: a view
     * wraps its work in {@code ui.access(...)}.
     */
    public Subscription subscribe(Consumer<SessionsSnapshot> onChange) {
        return feed.subscribe(onChange)::run;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionStarted started) {
        feed.changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionEnded ended) {
        feed.changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SignOutRequested requested) {
        feed.changed();
    }

    /** Every quarter second: notify if something changed, and at least once a second anyway. */
    void beat() {
        feed.beat();
    }

    boolean pending() {
        return feed.pending();
    }

    int subscriberCount() {
        return feed.subscriberCount();
    }

    @PreDestroy
    void stop() {
        feed.stop();
    }

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
