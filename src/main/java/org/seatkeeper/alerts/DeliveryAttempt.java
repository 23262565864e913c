package org.seatkeeper.alerts;

import java.time.Instant;

/**
 * One attempt to deliver an alert message, as the Alerts view lists it.
 *
 * @param attemptedAt when it was tried
 * @param channel     "Webhook" or "Email"
 * @param target      the URL or the recipients
 * @param subject     what the message was about
 * @param httpStatus  the webhook receiver's HTTP status, or null
 * @param error       why it failed without an answer, or null
 * @param nextRetryAt when it is tried again, or null when delivered or given up
 * @param delivered   whether this attempt delivered it
 */
public record DeliveryAttempt(
        Instant attemptedAt,
        String channel,
        String target,
        String subject,
        Integer httpStatus,
        String error,
        Instant nextRetryAt,
        boolean delivered) {}
