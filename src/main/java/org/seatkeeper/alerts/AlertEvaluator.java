package org.seatkeeper.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.usage.Resolution;
import org.seatkeeper.usage.UsageHistory;
import org.seatkeeper.usage.UsagePoint;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates every pool's rules on its recent minutes, on every node ({@link AlertJobs}). Raising is an INSERT that the unique
 * key on open episodes lets succeed once per pool and kind; clearing is a conditional UPDATE that succeeds
 * once; the node that succeeds writes the messages in the same transaction. So two nodes, or two runs,
 * raise an episode once, and tell it once.
 */
@Component
class AlertEvaluator {

    /** The usage history is for administrators; the job reads it as the system with that role. */
    private static final Authentication SYSTEM = UsernamePasswordAuthenticationToken.authenticated(
            CurrentUser.SYSTEM, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN)));

    private static final Duration LONGEST_REFUSAL_COUNT = UsageHistory.LONGEST_MINUTES;

    private final AlertStore store;
    private final AlertDeliveries deliveries;
    private final UsageHistory history;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    AlertEvaluator(
            AlertStore store,
            AlertDeliveries deliveries,
            UsageHistory history,
            CurrentUser currentUser,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.store = store;
        this.deliveries = deliveries;
        this.history = history;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.events = events;
    }

    /** One evaluation of every rule at {@code now}. */
    void evaluate(Instant now) {
        currentUser.runAs(SYSTEM, () -> {
            Map<ConcurrentPool, AlertRule> rules =
                    store.rules().stream().collect(Collectors.toMap(AlertRule::pool, Function.identity()));
            List<OpenAlert> open = store.open();
            for (ConcurrentPool pool : ConcurrentPool.values()) {
                AlertRule rule = rules.get(pool);
                if (rule != null) {
                    evaluate(rule, open, now);
                }
            }
            return null;
        });
    }

    private void evaluate(AlertRule rule, List<OpenAlert> open, Instant now) {
        ConcurrentPool pool = rule.pool();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        List<UsagePoint> recent = history.series(
                pool,
                minute.minus(Duration.ofMinutes(Math.max(rule.minutes(), 2))),
                minute.plus(Duration.ofMinutes(1)),
                Resolution.MINUTE);
        if (recent.isEmpty()) {
            return;
        }
        UsagePoint latest = recent.getLast();
        Optional<OpenAlert> highUse = openOf(open, pool, AlertKind.HIGH_USE);
        if (highUse.isPresent()) {
            if (!rule.highUse()
                    || AlertConditions.highUseEnded(recent, highUse.get().percent())) {
                clear(highUse.get(), latest, now);
            } else {
                store.refresh(highUse.get().id(), latest.peakInUse(), latest.capacity(), 0);
            }
        } else if (rule.highUse()) {
            AlertConditions.highUse(recent, rule.percent(), rule.minutes())
                    .ifPresent(seen -> raise(rule, AlertKind.HIGH_USE, seen, 0, now));
        }
        Optional<OpenAlert> refusal = openOf(open, pool, AlertKind.REFUSAL);
        if (refusal.isPresent()) {
            if (!rule.refusal() || AlertConditions.refusalEnded(recent)) {
                clear(refusal.get(), latest, now);
            } else {
                store.refresh(
                        refusal.get().id(),
                        latest.peakInUse(),
                        latest.capacity(),
                        refusalsSince(pool, refusal.get().since(), now));
            }
        } else if (rule.refusal()) {
            AlertConditions.refusal(recent)
                    .ifPresent(
                            seen -> raise(rule, AlertKind.REFUSAL, seen, refusalsSince(pool, seen.since(), now), now));
        }
    }

    private int refusalsSince(ConcurrentPool pool, Instant since, Instant now) {
        Instant from = since.isBefore(now.minus(LONGEST_REFUSAL_COUNT)) ? now.minus(LONGEST_REFUSAL_COUNT) : since;
        return history
                .series(pool, from, now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)), Resolution.MINUTE)
                .stream()
                .mapToInt(UsagePoint::denials)
                .sum();
    }

    private void raise(AlertRule rule, AlertKind kind, AlertConditions.Seen seen, int refusals, Instant now) {
        transaction.executeWithoutResult(status -> store.raise(rule.pool(), kind, seen, refusals, rule, now)
                .flatMap(store::episode)
                .ifPresent(alert -> {
                    deliveries.enqueue(alert, true, now);
                    events.publishEvent(new AlertsChanged(alert.id()));
                }));
    }

    private void clear(OpenAlert alert, UsagePoint latest, Instant now) {
        transaction.executeWithoutResult(status -> {
            if (store.clear(alert.id(), latest.peakInUse(), latest.capacity(), now)) {
                deliveries.enqueue(store.episode(alert.id()).orElseThrow(), false, now);
                events.publishEvent(new AlertsChanged(alert.id()));
            }
        });
    }

    private static Optional<OpenAlert> openOf(List<OpenAlert> open, ConcurrentPool pool, AlertKind kind) {
        return open.stream()
                .filter(alert -> alert.pool() == pool && alert.kind() == kind)
                .findFirst();
    }
}
