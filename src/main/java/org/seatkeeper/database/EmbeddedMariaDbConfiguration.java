package org.seatkeeper.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB and points the DataSource at it, unless an external database is
 * configured with {@code spring.datasource.url} (SPRING_DATASOURCE_URL), in which case Spring Boot's
 * own DataSource configuration applies untouched.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedMariaDbConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDbProperties properties) {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(properties);
        HikariDataSource hikari = new HikariDataSource();
        hikari.setJdbcUrl(db.jdbcUrl());
        hikari.setUsername(db.username());
        hikari.setPassword(db.password());
        hikari.setPoolName("seatkeeper-embedded");
        return hikari;
    }
}
