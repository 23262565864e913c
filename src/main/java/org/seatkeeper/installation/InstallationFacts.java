package org.seatkeeper.installation;

/** Customer ID, instance number, server IP and running version, as the overview shows them. */
public record InstallationFacts(String customerId, String instanceNumber, String serverIp, String version) {}
