package org.seatkeeper.installation;

import java.util.function.Function;

/**
 * Customer ID, instance number, server IP and running version, as the overview shows them. Each is null
 * when not set or not known (a development build has no version), so that the reader's page can say so in
 * its own words ({@link #shown}).
 */
public record InstallationFacts(String customerId, String instanceNumber, String serverIp, String version) {

    /** The facts as a page shows them: each missing one in the page's words for "not set" and the like. */
    public InstallationFacts shown(Function<String, String> words) {
        return new InstallationFacts(
                customerId == null ? words.apply("installation.not-set") : customerId,
                instanceNumber == null ? words.apply("installation.not-set") : instanceNumber,
                serverIp == null ? words.apply("installation.unknown") : serverIp,
                version == null ? words.apply("installation.development") : version);
    }
}
