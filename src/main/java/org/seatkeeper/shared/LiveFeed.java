package org.seatkeeper.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of every live view's feed (sessions, licence overview, access log): one timer per feed,
 * however many pages are open. A change committed on this node is marked with {@link #changed()}; at
 * the next beat the feed reads once and hands the same value to every subscriber, so a burst of a
 * hundred changes costs one read per beat. Every {@code slowTicks} beats it reads anyway, for what
 * other nodes committed. A read that fails (the database restarting) never ends the timer: the change
 * stays marked and the next beat tries again.
 *
 * @param <T> what the subscribers are handed
 */
public final class LiveFeed<T> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

    /** When a value equal to the last one handed on is handed on again. */
    public enum Repeat {
        /** Never: subscribers hear only of a different value. */
        NEVER,
        /** After a change on this node, even if the value looks the same (the subscribers re-read). */
        AFTER_CHANGE,
        /** At every read: the value carries time (idle seconds count on). */
        ALWAYS
    }

    private final Set<Consumer<T>> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ScheduledExecutorService timer;
    private final Supplier<T> reader;
    private final int slowTicks;
    private final Repeat repeat;
    private int beats;
    private T last;

    /**
     * @param name      the timer thread's name; null for a feed whose beats a test drives itself
     * @param beat      how often it may read
     * @param slowTicks every how many beats it reads without a change (for other nodes' changes)
     */
    public LiveFeed(String name, Duration beat, int slowTicks, Repeat repeat, Supplier<T> reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.repeat = Objects.requireNonNull(repeat, "repeat");
        if (slowTicks < 1) {
            throw new IllegalArgumentException("slowTicks must be at least 1");
        }
        this.slowTicks = slowTicks;
        if (name == null) {
            this.timer = null;
        } else {
            this.timer = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name(name).daemon().factory());
            timer.scheduleWithFixedDelay(this::beat, beat.toMillis(), beat.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The callback runs on the feed's thread: a view wraps its work in {@code ui.access(...)}. */
    public Runnable subscribe(Consumer<T> onChange) {
        subscribers.add(onChange);
        return () -> subscribers.remove(onChange);
    }

    /** Something the subscribers show was committed on this node. */
    public void changed() {
        changed.set(true);
    }

    /** One beat: read and hand on if something changed here, or, every {@code slowTicks} beats, anyway. */
    public synchronized void beat() {
        beats = (beats + 1) % slowTicks;
        boolean dirty = changed.getAndSet(false);
        if (subscribers.isEmpty()) {
            last = null;
            return;
        }
        if (!dirty && beats != 0) {
            return;
        }
        try {
            T now = reader.get();
            boolean same = now.equals(last);
            if (!same || repeat == Repeat.ALWAYS || (dirty && repeat == Repeat.AFTER_CHANGE)) {
                last = now;
                hand(now);
            }
        } catch (RuntimeException e) {
            LOG.debug("A live feed could not read; trying again at the next beat", e);
            changed.set(true);
        }
    }

    private void hand(T value) {
        for (Consumer<T> subscriber : subscribers) {
            try {
                subscriber.accept(value);
            } catch (RuntimeException e) {
                subscribers.remove(subscriber); // a page gone away; it subscribes again when it comes back
            }
        }
    }

    public boolean pending() {
        return changed.get();
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
