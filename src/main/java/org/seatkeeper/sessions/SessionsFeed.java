package org.seatkeeper.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
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

    private final Set<Consumer<SessionsSnapshot>> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sessions-feed").daemon().factory());
    private int quarter;

    private final Supplier<SessionsSnapshot> reader;

    @Autowired
    SessionsFeed(OpenSessionsReader sessions, SeatPools pools, Clock clock) {
        this(() -> {
            Instant readAt = clock.instant();
            return new SessionsSnapshot(sessions.open(), pools.snapshot(), pools.fullAccessWarning(), readAt);
        }, true);
    }

    /** Tests give their own reader and drive {@link #beat()} themselves. */
    SessionsFeed(Supplier<SessionsSnapshot> reader, boolean startTimer) {
        this.reader = reader;
        if (startTimer) {
            timer.scheduleAtFixedRate(this::beat, BATCH_MILLIS, BATCH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The callback runs on the feed's thread with the state read once for every subscriber: a view
     * wraps its work in {@code ui.access(...)}.
     */
    public Subscription subscribe(Consumer<SessionsSnapshot> onChange) {
        subscribers.add(onChange);
        return () -> subscribers.remove(onChange);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionStarted started) {
        changed.set(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionEnded ended) {
        changed.set(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SignOutRequested requested) {
        changed.set(true);
    }

    /** Every quarter second: notify if something changed, and at least once a second anyway. */
    synchronized void beat() {
        quarter = (quarter + 1) % TICKS_PER_SECOND;
        if (changed.getAndSet(false) || quarter == 0) {
            flush();
        }
    }

    void flush() {
        if (subscribers.isEmpty()) {
            return;
        }
        SessionsSnapshot snapshot = reader.get();
        for (Consumer<SessionsSnapshot> subscriber : subscribers) {
            try {
                subscriber.accept(snapshot);
            } catch (RuntimeException e) {
                subscribers.remove(subscriber);
            }
        }
    }

    boolean pending() {
        return changed.get();
    }

    int subscriberCount() {
        return subscribers.size();
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
