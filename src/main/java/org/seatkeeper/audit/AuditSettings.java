package org.seatkeeper.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the access and administration logs are signed and chained (docs/decisions/0020-tamper-evident-logs.md).
 *
 * @param signingKey     the key, Base64, at least 32 bytes; every node of one database must have the same.
 *                       When empty, the key is read from (or, on first start, written to) {@code signingKeyFile}
 * @param signingKeyFile where the key is kept when none is given, readable by its owner only
 * @param sealEvery      how often a node puts newly written rows into the chain; one node at a time does it
 */
@ConfigurationProperties("seatkeeper.audit")
public record AuditSettings(
        String signingKey,
        Path signingKeyFile,
        @DefaultValue(AuditSettings.SEAL_EVERY) Duration sealEvery) {

    /** The default as text, for the {@code @Scheduled} annotation. */
    static final String SEAL_EVERY = "10s";
}
