package org.seatkeeper.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable external database into Spring Boot's short "APPLICATION FAILED TO START" report. */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(
                "The database set by SPRING_DATASOURCE_URL (spring.datasource.url) is unreachable. "
                        + cause.getMessage(),
                "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, "
                        + "or unset SPRING_DATASOURCE_URL to use the embedded MariaDB.",
                cause);
    }
}
