package org.seatkeeper.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoData     load the Hospital A demo data once ({@link DemoDataLoader}, {@link DemoUsageHistory})
 * @param demoPassword the demo users' password; when empty, one is generated and printed once
 */
@ConfigurationProperties("seatkeeper")
public record DemoSettings(
        boolean demoData, @DefaultValue("") String demoPassword) {}
