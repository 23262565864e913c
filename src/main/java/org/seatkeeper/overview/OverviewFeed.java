package org.seatkeeper.overview;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.seatkeeper.directory.Roles;
import org.seatkeeper.sessions.SessionEnded;
import org.seatkeeper.sessions.SessionStarted;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one live feed of the Licence overview. Anything that can move a figure marks the feed dirty
 * once committed: a session started or ended (pools), and every administrative change (users,
 * profiles, capacities, the administrator limit, all of which are logged). Twice a second at most,
 * the overview is read once and handed to every open page, so a burst of 100 sign-ins costs each
 * page at most two re-renders a second. Every {@link #SLOW_TICKS} beats it is read anyway, to bring
 * in changes committed on other nodes, and handed on only if a figure differs.
 * See docs/decisions/0012-live-overview-and-access-log.md.
 */
@Component
public class OverviewFeed {

    private static final Logger LOG = LoggerFactory.getLogger(OverviewFeed.class);

    static final long BATCH_MILLIS = 500;
    /** Ten beats of half a second: other nodes' changes show within 5 s. */
    static final int SLOW_TICKS = 10;

    private final Set<Consumer<Overview>> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("overview-feed").daemon().factory());
    private final Supplier<Overview> reader;
    private int beats;
    private Overview last;

    /**
     * Reads as the system with the administrator role: the feed has no signed-in person, and what it
     * reads is handed only to the Licence overview, a page for administrators only.
     */
    @Autowired
    OverviewFeed(LicenceOverview overview, CurrentUser currentUser) {
        this(() -> currentUser.runAs(UsernamePasswordAuthenticationToken.authenticated(CurrentUser.SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))), overview::current), true);
    }

    /** Tests give their own reader and drive {@link #beat()} themselves. */
    OverviewFeed(Supplier<Overview> reader, boolean startTimer) {
        this.reader = reader;
        if (startTimer) {
            timer.scheduleWithFixedDelay(this::beat, BATCH_MILLIS, BATCH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The callback runs on the feed's thread: a view wraps its work in {@code ui.access(...)}. */
    public Subscription subscribe(Consumer<Overview> onChange) {
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
    void on(AdministrativeChange change) {
        changed.set(true);
    }

    /** Every half second: read and hand on if something changed here, or, now and then, if a figure differs. */
    synchronized void beat() {
        try {
            beats = (beats + 1) % SLOW_TICKS;
            boolean dirty = changed.getAndSet(false);
            if (subscribers.isEmpty()) {
                last = null;
                return;
            }
            if (dirty || beats == 0) {
                Overview now = reader.get();
                if (dirty || !now.equals(last)) {
                    last = now;
                    hand(now);
                }
            }
        } catch (RuntimeException e) {
            // A failed read (database restarting) must not end the timer; the next beat tries again.
            LOG.debug("Could not read the figures; trying again at the next beat", e);
            changed.set(true);
        }
    }

    private void hand(Overview overview) {
        for (Consumer<Overview> subscriber : subscribers) {
            try {
                subscriber.accept(overview);
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
