package org.seatkeeper.lockout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lockout's one setting in the configuration; the lockout rules themselves are administrators'
 * settings in the database ({@link LockoutSettings}).
 *
 * @param forgetEvery how often a node deletes failed sign-in counts past their time ({@link ForgottenFailures})
 */
@ConfigurationProperties("seatkeeper.lockout")
public record LockoutJobSettings(
        @DefaultValue(LockoutJobSettings.FORGET_EVERY) Duration forgetEvery) {

    /** The default as text, for the {@code @Scheduled} annotation. */
    static final String FORGET_EVERY = "1h";
}
