package org.seatkeeper.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * When an external database is configured, tries one connection before anything else starts, so a
 * wrong SPRING_DATASOURCE_URL ends the start at once with one clear report (see
 * {@link DatabaseUnreachableFailureAnalyzer}) instead of pages of stack traces from Liquibase,
 * Hibernate and the web server. Registered in META-INF/spring.factories.
 */
public class ExternalDatabaseCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            return;
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", env.getProperty("spring.datasource.username", ""));
        credentials.setProperty("password", env.getProperty("spring.datasource.password", ""));
        credentials.setProperty("connectTimeout", "5000");
        try (Connection ignored = DriverManager.getConnection(url, credentials)) {
            // reachable: Spring Boot builds the real pool later
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseUnreachableException(url, e);
        }
    }

    @Override
    public int getOrder() {
        // after the logging system is set up from the same environment
        return Ordered.LOWEST_PRECEDENCE;
    }
}
