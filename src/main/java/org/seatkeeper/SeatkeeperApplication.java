package org.seatkeeper;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SeatkeeperApplication {

    public static void main(String[] args) {
        SpringApplication.run(SeatkeeperApplication.class, args);
    }

    /** One clock for every rule that depends on the date or time, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * The scheduled jobs (idle sweep, lease reclaim, node beacon, changes from other nodes). Tests switch
     * them off ({@code seatkeeper.scheduling.enabled=false}) and call a job themselves, with a test clock,
     * where it is the subject: a job of one cached test context would otherwise act on the shared
     * database under another context's test.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty(name = "seatkeeper.scheduling.enabled", matchIfMissing = true)
    static class Scheduling {}
}
