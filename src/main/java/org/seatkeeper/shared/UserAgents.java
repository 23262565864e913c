package org.seatkeeper.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * A User-Agent header as a person reads it: "Chrome 136 on Linux". Parsed by ua-parser (uap-java),
 * whose rules are maintained with the ua-parser project; the parser is built on first use (about half a
 * second) and results are cached, because the live views render the same few agents every second.
 * What it does not recognise, such as the free text a connected application sends ("Records app 2.1"),
 * is shown as it came.
 */
public final class UserAgents {

    private static final int CACHE_LIMIT = 2_000;
    private static final Map<String, String> OS_NAMES = Map.of("Mac OS X", "macOS", "Chrome OS", "ChromeOS");
    private static final Map<String, String> cache = new ConcurrentHashMap<>();

    private UserAgents() {}

    /** "Chrome 136 on Linux"; the input itself when it is not a browser's; "" when there is none. */
    public static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        String known = cache.get(userAgent);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        String described = parse(userAgent.strip());
        cache.put(userAgent, described);
        return described;
    }

    private static String parse(String userAgent) {
        Client client;
        try {
            client = Holder.PARSER.parse(userAgent);
        } catch (RuntimeException unparsable) {
            return userAgent;
        }
        if (client == null || client.userAgent == null || isOther(client.userAgent.family)) {
            return userAgent;
        }
        String agent = client.userAgent.family.equals("HeadlessChrome") ? "Chrome (headless)" : client.userAgent.family;
        String version = client.userAgent.major == null ? "" : " " + client.userAgent.major;
        if (agent.equals("Chrome (headless)")) {
            agent = "Chrome" + version + " (headless)";
            version = "";
        }
        // Operating system versions are left out: browsers freeze them ("Windows NT 10.0" on Windows 11).
        String os = client.os == null || isOther(client.os.family)
                ? ""
                : " on " + OS_NAMES.getOrDefault(client.os.family, client.os.family);
        return agent + version + os;
    }

    private static boolean isOther(String family) {
        return family == null || family.isBlank() || family.equals("Other");
    }

    /** Built on first use, once. */
    private static final class Holder {
        static final Parser PARSER = new Parser();
    }
}
