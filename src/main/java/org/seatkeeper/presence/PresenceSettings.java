package org.seatkeeper.presence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollEvery how often a node looks for its portal sessions closed or asked to sign out on another
 *                  node ({@link ChangesFromOtherNodes}); the sign-out grace is the sessions module's
 */
@ConfigurationProperties("seatkeeper.presence")
public record PresenceSettings(
        @DefaultValue(PresenceSettings.POLL_EVERY) Duration pollEvery) {

    /** The default as text, for the {@code @Scheduled} annotation. */
    static final String POLL_EVERY = "2s";
}
