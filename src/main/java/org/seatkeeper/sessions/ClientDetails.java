package org.seatkeeper.sessions;

import java.util.List;
import org.seatkeeper.shared.IpAddresses;
import org.seatkeeper.shared.Term;

/**
 * Where a sign-in comes from.
 *
 * @param client  {@link #PORTAL} or the name of a connected application using the seat API
 * @param ip      the remote address as seen by the node, may be null
 * @param browser the User-Agent, may be null
 * @param node    the application node that admitted the session, may be null
 */
public record ClientDetails(String client, String ip, String browser, String node) {

    /** Stored for portal sessions; shown as {@link #label(String) "Portal"}. */
    public static final String PORTAL = "PORTAL";

    public ClientDetails {
        if (client == null || client.isBlank()) {
            throw new IllegalArgumentException("A sign-in needs a client");
        }
        browser = browser == null ? null : truncate(browser, 255);
    }

    public static ClientDetails portal(String ip, String browser, String node) {
        return new ClientDetails(PORTAL, ip, browser, node);
    }

    /** "Portal" for the portal, else the connected application's own name. */
    public static String label(String client) {
        return PORTAL.equals(client) ? "Portal" : client;
    }

    /** "the portal at 10.0.0.7 on node-1", or "Records app at 10.0.0.7 on node-1". */
    public String where() {
        return (PORTAL.equals(client) ? "the portal" : client) + " at "
                + (ip == null ? "an unknown address" : IpAddresses.shortForm(ip))
                + " on " + (node == null ? "an unknown node" : node);
    }

    /** {@link #where()} as a refusal's argument, so that each reader reads it in their own words. */
    public Term whereTerm() {
        Object address = ip == null
                ? new Term("session.where.unknown-address", "an unknown address")
                : IpAddresses.shortForm(ip);
        Object server = node == null ? new Term("session.where.unknown-node", "an unknown node") : node;
        return PORTAL.equals(client)
                ? new Term("session.where.portal", List.of(address, server), where())
                : new Term("session.where.client", List.of(client, address, server), where());
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
