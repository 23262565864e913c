package org.seatkeeper.audit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one live feed of the access log: tells open Access log pages the id of the newest entry once
 * new sign-in attempts are committed, at most twice a second however many arrive; every
 * {@link #SLOW_TICKS} beats it looks anyway, for entries written by other nodes. Each page then
 * counts what is new under its own filter (see docs/decisions/0012-live-overview-and-access-log.md).
 */
@Component
public class AccessLogFeed {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogFeed.class);

    static final long BATCH_MILLIS = 500;
    static final int SLOW_TICKS = 10;

    private final Set<LongConsumer> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("access-log-feed").daemon().factory());
    private final LongSupplier newest;
    private int beats;
    private long last = -1;

    @Autowired
    AccessLogFeed(JdbcTemplate jdbc) {
        this(() -> AccessLog.newestId(jdbc), true);
    }

    /** Tests give their own reader and drive {@link #beat()} themselves. */
    AccessLogFeed(LongSupplier newest, boolean startTimer) {
        this.newest = newest;
        if (startTimer) {
            timer.scheduleWithFixedDelay(this::beat, BATCH_MILLIS, BATCH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The callback gets the newest entry's id on the feed's thread: a view wraps its work in {@code ui.access(...)}. */
    public Subscription subscribe(LongConsumer onNewEntries) {
        subscribers.add(onNewEntries);
        return () -> subscribers.remove(onNewEntries);
    }

    /** After commit: the entry is visible to every reader by then. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(SignInAttempt attempt) {
        changed.set(true);
    }

    synchronized void beat() {
        try {
            beats = (beats + 1) % SLOW_TICKS;
            boolean dirty = changed.getAndSet(false);
            if (subscribers.isEmpty() || !(dirty || beats == 0)) {
                return;
            }
            long now = newest.getAsLong();
            if (now != last) {
                last = now;
                for (LongConsumer subscriber : subscribers) {
                    try {
                        subscriber.accept(now);
                    } catch (RuntimeException e) {
                        subscribers.remove(subscriber);
                    }
                }
            }
        } catch (RuntimeException e) {
            // A failed read (database restarting) must not end the timer; the next beat tries again.
            LOG.debug("Could not read the newest entry; trying again at the next beat", e);
            changed.set(true);
        }
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
