package org.seatkeeper.presence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.SessionSettings;
import org.seatkeeper.sessions.SignOutRequested;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rule 10's "ask to sign out": the user's tabs show a notice at once with a countdown; when it runs
 * out the session ends. One bean owns the one timer for all countdowns (views own none). A request
 * made on another node reaches this node at the tab's next heartbeat ({@link #start}).
 */
@Component
class SignOutCountdowns {

    private final PortalTabs tabs;
    private final Admissions admissions;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Duration grace;
    private final Map<SessionId, Instant> deadlines = new ConcurrentHashMap<>();
    private final Map<UI, SignOutNotice> notices = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sign-out-countdowns").daemon().factory());

    SignOutCountdowns(
            PortalTabs tabs,
            Admissions admissions,
            Clock clock,
            AuthenticationContext authentication,
            SessionSettings settings) {
        this.tabs = tabs;
        this.authentication = authentication;
        this.admissions = admissions;
        this.clock = clock;
        this.grace = settings.sessions().signOutGrace();
        timer.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SignOutRequested request) {
        start(request.id());
    }

    /** Starts the countdown for a session's tabs on this node, unless it already runs. */
    void start(SessionId session) {
        if (tabs.count(session) > 0) {
            deadlines.putIfAbsent(session, clock.instant().plus(grace));
            tick();
        }
    }

    boolean running(SessionId session) {
        return deadlines.containsKey(session);
    }

    /** Once a second: updates the notices, and ends the sessions whose time ran out. */
    void tick() {
        Instant now = clock.instant();
        deadlines.forEach((session, deadline) -> {
            long left = Duration.between(now, deadline).toSeconds();
            if (left <= 0) {
                deadlines.remove(session);
                admissions.end(session, EndReason.SIGN_OUT_REQUEST_EXPIRED);
            } else {
                tabs.of(session).forEach(ui -> ui.access(() -> show(ui, left)));
            }
        });
    }

    private void show(UI ui, long secondsLeft) {
        SignOutNotice notice = notices.computeIfAbsent(ui, key -> {
            SignOutNotice created = new SignOutNotice(secondsLeft, authentication::logout);
            ui.addDetachListener(e -> notices.remove(ui));
            created.open();
            return created;
        });
        notice.show(secondsLeft);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
