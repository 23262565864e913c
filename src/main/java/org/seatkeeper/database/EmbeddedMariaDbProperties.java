package org.seatkeeper.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its files. {@code ephemeral} is for tests: a throw-away data
 * directory that is deleted when the JVM ends.
 */
@ConfigurationProperties("seatkeeper.embedded-db")
public record EmbeddedMariaDbProperties(Path dataDir, String schema, boolean ephemeral) {

    public EmbeddedMariaDbProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".seatkeeper", "mariadb");
        }
        if (schema == null || schema.isBlank()) {
            schema = "seatkeeper";
        }
    }
}
