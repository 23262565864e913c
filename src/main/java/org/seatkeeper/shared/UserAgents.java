package org.seatkeeper.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;
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
    private static final Map<String, Agent> cache = new ConcurrentHashMap<>();

    private UserAgents() {}

    /** "Chrome 136 on Linux"; the input itself when it is not a browser's; "" when there is none. */
    public static String describe(String userAgent) {
        return describe(userAgent, (browser, system) -> browser + " on " + system);
    }

    /**
     * The same in a reader's words: {@code onSystem} joins the browser and its operating system ("Chrome 136
     * på Linux"); names of browsers and systems are the same in every language.
     */
    public static String describe(String userAgent, BinaryOperator<String> onSystem) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        Agent agent = cache.get(userAgent);
        if (agent == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            agent = parse(userAgent.strip());
            cache.put(userAgent, agent);
        }
        return agent.system() == null ? agent.browser() : onSystem.apply(agent.browser(), agent.system());
    }

    /** A browser with its version, and its operating system when known. */
    private record Agent(String browser, String system) {}

    private static Agent parse(String userAgent) {
        Client client;
        try {
            client = Holder.PARSER.parse(userAgent);
        } catch (RuntimeException unparsable) {
            return new Agent(userAgent, null);
        }
        if (client == null || client.userAgent == null || isOther(client.userAgent.family)) {
            return new Agent(userAgent, null);
        }
        String agent = client.userAgent.family.equals("HeadlessChrome") ? "Chrome (headless)" : client.userAgent.family;
        String version = client.userAgent.major == null ? "" : " " + client.userAgent.major;
        if (agent.equals("Chrome (headless)")) {
            agent = "Chrome" + version + " (headless)";
            version = "";
        }
        // Operating system versions are left out: browsers freeze them ("Windows NT 10.0" on Windows 11).
        String os = client.os == null || isOther(client.os.family)
                ? null
                : OS_NAMES.getOrDefault(client.os.family, client.os.family);
        return new Agent(agent + version, os);
    }

    private static boolean isOther(String family) {
        return family == null || family.isBlank() || family.equals("Other");
    }

    /** Built on first use, once. */
    private static final class Holder {
        static final Parser PARSER = new Parser();
    }
}
