package org.seatkeeper.audit;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.seatkeeper.shared.LiveFeed;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    static final long BATCH_MILLIS = 500;
    static final int SLOW_TICKS = 10;

    private final LiveFeed<Long> feed;

    @Autowired
    AccessLogFeed(JdbcClient jdbc) {
        this(() -> AccessLog.newestId(jdbc), true);
    }

    /** Tests give their own reader and drive {@link #beat()} themselves. */
    AccessLogFeed(LongSupplier newest, boolean startTimer) {
        this.feed = new LiveFeed<>(
                startTimer ? "access-log-feed" : null,
                Duration.ofMillis(BATCH_MILLIS),
                SLOW_TICKS,
                LiveFeed.Repeat.NEVER,
                newest::getAsLong);
    }

    /** The callback gets the newest entry's id on the feed's thread: a view wraps its work in {@code ui.access(...)}. */
    public Subscription subscribe(LongConsumer onNewEntries) {
        return feed.subscribe(onNewEntries::accept)::run;
    }

    /** After commit: the entry is visible to every reader by then. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(SignInAttempt attempt) {
        feed.changed();
    }

    void beat() {
        feed.beat();
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
