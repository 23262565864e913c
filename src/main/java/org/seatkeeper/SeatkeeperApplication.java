package org.seatkeeper;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

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
}
