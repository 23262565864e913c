package org.seatkeeper.installation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The facts a support call starts with (seed 002), set in application properties or the environment. */
@ConfigurationProperties("seatkeeper.installation")
public record InstallationProperties(String customerId, String instanceNumber, String serverIp) {}
