package org.seatkeeper.overview;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.seatkeeper.sessions.SessionEnded;
import org.seatkeeper.sessions.SessionStarted;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.LiveFeed;
import org.seatkeeper.shared.Roles;
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

    static final long BATCH_MILLIS = 500;
    /** Ten beats of half a second: other nodes' changes show within 5 s. */
    static final int SLOW_TICKS = 10;

    private final LiveFeed<Overview> feed;

    /**
     * Reads as the system with the administrator role: the feed has no signed-in person, and what it
     * reads is handed only to the Licence overview, a page for administrators only.
     */
    @Autowired
    OverviewFeed(LicenceOverview overview, CurrentUser currentUser) {
        this(
                () -> currentUser.runAs(
                        UsernamePasswordAuthenticationToken.authenticated(
                                CurrentUser.SYSTEM, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))),
                        overview::current),
                true);
    }

    /** Tests give their own reader and drive {@link #beat()} themselves. */
    OverviewFeed(Supplier<Overview> reader, boolean startTimer) {
        this.feed = new LiveFeed<>(
                startTimer ? "overview-feed" : null,
                Duration.ofMillis(BATCH_MILLIS),
                SLOW_TICKS,
                LiveFeed.Repeat.AFTER_CHANGE,
                reader);
    }

    /** The callback runs on the feed's thread: a view wraps its work in {@code ui.access(...)}. */
    public Subscription subscribe(Consumer<Overview> onChange) {
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
    void on(AdministrativeChange change) {
        feed.changed();
    }

    /** Every half second: read and hand on if something changed here, or, now and then, if a figure differs. */
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
