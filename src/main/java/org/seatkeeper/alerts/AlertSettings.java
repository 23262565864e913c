package org.seatkeeper.alerts;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often alerts are evaluated and delivered, and how deliveries are retried.
 *
 * @param evaluateEvery   how often every node evaluates the rules (the database keeps one episode open)
 * @param deliverEvery    how often every node looks for deliveries that are due
 * @param retries         the waits after the first, second, ... failed attempt; after the last, it gives up
 * @param claimFor        how long a node may take to send one delivery before another node may try it
 * @param webhookTimeout  how long a webhook receiver has to answer
 * @param mailFrom        the sender address of alert emails (the SMTP server is spring.mail.*)
 */
@ConfigurationProperties("seatkeeper.alerts")
public record AlertSettings(
        @DefaultValue(AlertSettings.EVALUATE_EVERY) Duration evaluateEvery,
        @DefaultValue(AlertSettings.DELIVER_EVERY) Duration deliverEvery,
        @DefaultValue({"1m", "5m", "15m"}) List<Duration> retries,
        @DefaultValue("2m") Duration claimFor,
        @DefaultValue("10s") Duration webhookTimeout,
        @DefaultValue("seatkeeper@localhost") String mailFrom) {

    /** Defaults as text, for the {@code @Scheduled} annotations. */
    static final String EVALUATE_EVERY = "1m";

    static final String DELIVER_EVERY = "30s";

    public AlertSettings {
        retries = List.copyOf(retries);
        if (retries.stream().anyMatch(wait -> wait.isNegative() || wait.isZero())) {
            throw new IllegalArgumentException("seatkeeper.alerts.retries must be positive durations, not " + retries);
        }
        if (claimFor.compareTo(webhookTimeout) <= 0) {
            throw new IllegalArgumentException("seatkeeper.alerts.claim-for (" + claimFor
                    + ") must be longer than seatkeeper.alerts.webhook-timeout (" + webhookTimeout + ")");
        }
    }
}
