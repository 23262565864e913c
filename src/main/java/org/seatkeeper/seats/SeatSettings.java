package org.seatkeeper.seats;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The seat API's own settings; the lease and grace it grants are the sessions module's
 * ({@link org.seatkeeper.sessions.SessionSettings.Seats}), under the same {@code seatkeeper.seats} prefix.
 *
 * @param retryAfter       the Retry-After of a refusal because no seat is free
 * @param revocationsEvery how often each node reads the revoked API clients ({@link ApiTokens})
 */
@ConfigurationProperties("seatkeeper.seats")
public record SeatSettings(
        @DefaultValue("30s") Duration retryAfter,
        @DefaultValue("500ms") Duration revocationsEvery) {}
