package org.seatkeeper.alerts;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.LiveFeed;
import org.seatkeeper.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one live feed of the alert banner: the open, unacknowledged alerts. An episode raised, cleared or
 * acknowledged on this node marks it once committed; every {@link #SLOW_TICKS} beats it reads anyway, for
 * what other nodes did and for the figures the evaluation refreshes, and hands on only a different list.
 */
@Component
public class AlertsFeed {

    static final long BATCH_MILLIS = 500;
    /** Ten beats of half a second: other nodes' alerts show within 5 s. */
    static final int SLOW_TICKS = 10;

    private final LiveFeed<List<OpenAlert>> feed;

    /** Reads as the system with the support role: what it reads goes only to administrators' and support's banners. */
    @Autowired
    AlertsFeed(UsageAlerts alerts, CurrentUser currentUser) {
        this(
                () -> currentUser.runAs(
                        UsernamePasswordAuthenticationToken.authenticated(
                                CurrentUser.SYSTEM, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SUPPORT))),
                        alerts::openUnacknowledged),
                true);
    }

    /** Tests give their own reader and drive {@link #beat()} themselves. */
    AlertsFeed(Supplier<List<OpenAlert>> reader, boolean startTimer) {
        this.feed = new LiveFeed<>(
                startTimer ? "alerts-feed" : null,
                Duration.ofMillis(BATCH_MILLIS),
                SLOW_TICKS,
                LiveFeed.Repeat.AFTER_CHANGE,
                reader);
    }

    /** The callback runs on the feed's thread: a view wraps its work in {@code ui.access(...)}. */
    public Runnable subscribe(Consumer<List<OpenAlert>> onChange) {
        return feed.subscribe(onChange);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlertsChanged changed) {
        feed.changed();
    }

    void beat() {
        feed.beat();
    }

    @PreDestroy
    void stop() {
        feed.stop();
    }
}
