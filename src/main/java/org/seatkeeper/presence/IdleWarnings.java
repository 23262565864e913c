package org.seatkeeper.presence;

import com.vaadin.flow.component.UI;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.SessionPolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rule 11's warning before an idle timeout: once a second, for each portal session with a tab on this
 * node, compares the user's last action with the idle timeout; within the warning time every tab of the
 * session shows a countdown with "Stay signed in", and when it runs out the session ends as idle
 * ({@link TabEndings} then sends the tabs to the login page saying why). Any action, the button
 * included, puts the countdown away. One bean owns the one timer (views own none), as
 * {@link SignOutCountdowns} does; "disable auto timeout" turns it off.
 */
@Component
class IdleWarnings {

    private static final Logger log = LoggerFactory.getLogger(IdleWarnings.class);

    private final PortalTabs tabs;
    private final UserActivity activity;
    private final Admissions admissions;
    private final SessionPolicies policies;
    private final Clock clock;
    private final Map<UI, IdleNotice> notices = new ConcurrentHashMap<>();
    private final Set<SessionId> ended = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("idle-warnings").daemon().factory());

    IdleWarnings(PortalTabs tabs, UserActivity activity, Admissions admissions, SessionPolicies policies, Clock clock) {
        this.tabs = tabs;
        this.activity = activity;
        this.admissions = admissions;
        this.policies = policies;
        this.clock = clock;
        timer.scheduleAtFixedRate(this::tickSafely, 1, 1, TimeUnit.SECONDS);
    }

    /** Once a second: warns, counts down, or ends the sessions whose time ran out. */
    synchronized void tick() {
        Set<SessionId> here = tabs.sessions();
        activity.retainOnly(here);
        ended.retainAll(here);
        if (here.isEmpty()) {
            return;
        }
        IdleCountdown countdown = IdleCountdown.of(policies.current());
        Instant now = clock.instant();
        for (SessionId session : here) {
            Instant lastAction = activity.lastAction(session).orElse(null);
            if (lastAction == null) {
                activity.actedAt(session, now);
                continue;
            }
            IdleCountdown.Stage stage = countdown.at(lastAction, now);
            switch (stage.kind()) {
                case QUIET -> hide(session);
                case WARNING -> show(session, stage.secondsLeft());
                case TIMED_OUT -> {
                    if (ended.add(session)) {
                        admissions.end(session, EndReason.IDLE_TIMEOUT);
                    }
                }
            }
        }
    }

    /** "Stay signed in": counts as an action and reaches the database at once, not at the next heartbeat. */
    void stay(SessionId session) {
        activity.acted(session);
        admissions.heartbeat(session, activity.consume(session), tabs.count(session));
        hide(session);
    }

    boolean warned(UI ui) {
        return notices.containsKey(ui);
    }

    IdleNotice noticeOf(UI ui) {
        return notices.get(ui);
    }

    private void show(SessionId session, long secondsLeft) {
        for (UI ui : tabs.of(session)) {
            ui.access(() -> notices.computeIfAbsent(ui, key -> open(ui, session, secondsLeft))
                    .show(secondsLeft));
        }
    }

    private IdleNotice open(UI ui, SessionId session, long secondsLeft) {
        IdleNotice notice = new IdleNotice(secondsLeft, () -> stay(session));
        notice.whenTabCloses(ui.addDetachListener(e -> notices.remove(ui)));
        notice.open();
        return notice;
    }

    private void hide(SessionId session) {
        for (UI ui : tabs.of(session)) {
            if (notices.containsKey(ui)) {
                ui.access(() -> {
                    IdleNotice notice = notices.remove(ui);
                    if (notice != null) {
                        notice.dismiss();
                    }
                });
            }
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A failed tick (the database busy for a moment) must not stop the timer for good.
            log.warn("Idle countdown skipped a beat: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
