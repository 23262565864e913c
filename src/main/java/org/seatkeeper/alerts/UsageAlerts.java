package org.seatkeeper.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Alerts view's and the banner's one door: the rules and destinations (administrators change them,
 * every change in the administration log), the episodes and delivery attempts, and acknowledging an
 * alert (administrators and support, who see the banner).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SUPPORT + "')")
@Transactional(readOnly = true)
public class UsageAlerts {

    private final AlertStore store;
    private final AlertDeliveries deliveries;
    private final ApplicationEventPublisher events;
    private final CurrentUser actor;
    private final Clock clock;

    UsageAlerts(
            AlertStore store,
            AlertDeliveries deliveries,
            ApplicationEventPublisher events,
            CurrentUser actor,
            Clock clock) {
        this.store = store;
        this.deliveries = deliveries;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /** The rules of every concurrent pool, in the pools' order. */
    public List<AlertRule> rules() {
        return store.rules();
    }

    /**
     * Saves the rules that differ from the stored ones, each logged.
     *
     * @throws AlertRuleRefusedException when a rule is out of range, naming the pool and field
     * @throws RefusedException          when someone else changed the rules since they were read
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AlertRule> changeRules(List<AlertRule> changed) {
        Objects.requireNonNull(changed, "changed");
        for (AlertRule rule : changed) {
            rule.refusals().values().stream().findFirst().ifPresent(problem -> {
                throw problem;
            });
        }
        Map<ConcurrentPool, AlertRule> before =
                store.rules().stream().collect(Collectors.toMap(AlertRule::pool, rule -> rule));
        for (AlertRule rule : changed) {
            AlertRule old = before.get(rule.pool());
            if (old != null && old.describe().equals(rule.describe())) {
                continue;
            }
            if (!store.update(rule)) {
                throw new RefusedException(AlertRefusal.RULES_CHANGED_MEANWHILE);
            }
            events.publishEvent(new AdministrativeChange(
                    actor.name(),
                    clock.instant(),
                    "Alert rule changed",
                    "alert rules of " + rule.pool().label(),
                    old == null ? null : old.describe(),
                    rule.describe()));
        }
        return store.rules();
    }

    /** Where alerts are sent; the secret is never returned. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AlertDestinations destinations() {
        return store.destinations();
    }

    /**
     * @param newSecret the webhook secret typed, or empty to keep the stored one
     * @throws AlertDestinationRefusedException when a field is wrong, naming it
     * @throws RefusedException                 when someone else changed them since they were read
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AlertDestinations changeDestinations(String webhookUrl, String newSecret, String recipients, long version) {
        AlertDestinations before = store.destinations();
        AlertDestinations.refusals(webhookUrl, newSecret, before.secretSet(), recipients).values().stream()
                .findFirst()
                .ifPresent(problem -> {
                    throw problem;
                });
        String secret = newSecret == null || newSecret.isEmpty() ? null : newSecret;
        String addresses = String.join(", ", AlertDestinations.recipientList(recipients));
        if (!store.update(webhookUrl, secret, addresses, version)) {
            throw new RefusedException(AlertRefusal.DESTINATIONS_CHANGED_MEANWHILE);
        }
        AlertDestinations after = store.destinations();
        events.publishEvent(new AdministrativeChange(
                actor.name(),
                clock.instant(),
                "Alert destinations changed",
                "alert destinations",
                describe(before, false),
                describe(after, secret != null)));
        return after;
    }

    /** The secret itself is never logged; only that a new one was set. */
    private static String describe(AlertDestinations destinations, boolean newSecret) {
        return "webhook: " + (destinations.webhookUrl().isEmpty() ? "none" : destinations.webhookUrl())
                + "\nwebhook secret: " + (newSecret ? "replaced" : destinations.secretSet() ? "set" : "none")
                + "\nemail recipients: " + (destinations.recipients().isEmpty() ? "none" : destinations.recipients());
    }

    /** Whether emails can be sent: the operator configured an SMTP server. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public boolean mailConfigured() {
        return deliveries.mailConfigured();
    }

    /** The open alerts nobody acknowledged yet: what the banner shows. */
    public List<OpenAlert> openUnacknowledged() {
        return store.openUnacknowledged();
    }

    /**
     * Acknowledges an alert for everyone: the banner goes away; the episode stays open until its condition
     * ends.
     *
     * @throws RefusedException when it does not exist
     */
    @Transactional
    public void acknowledge(long episode) {
        OpenAlert alert = store.episode(episode).orElseThrow(() -> new RefusedException(AlertRefusal.GONE));
        if (store.acknowledge(alert.id(), actor.name(), clock.instant())) {
            events.publishEvent(new AlertsChanged(alert.id()));
        }
    }

    /** Newest first. */
    public List<AlertEpisode> episodes(int offset, int limit) {
        return store.episodes(offset, limit);
    }

    public int episodeCount() {
        return store.episodeCount();
    }

    /** Newest first. */
    public List<DeliveryAttempt> deliveryAttempts(int offset, int limit) {
        return deliveries.attempts(offset, limit);
    }

    public int deliveryAttemptCount() {
        return deliveries.attemptCount();
    }
}
