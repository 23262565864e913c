package org.seatkeeper.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.seatkeeper.shared.IpAddresses;

/**
 * The reverse proxies whose X-Forwarded-For is believed (seatkeeper.trusted-proxies), written as a
 * comma-separated list of IP addresses, because a regular expression (what Tomcat's RemoteIpValve takes)
 * is easy to get too wide: an unescaped dot in {@code 10.0.0.1} also matches {@code 10.0.0.100}. Only IP
 * literals are accepted: a host name would need a DNS lookup on every request, and a typo must stop the
 * start rather than silently trust nobody or everybody (docs/decisions/0030-behind-a-reverse-proxy.md).
 */
public record TrustedProxies(List<String> addresses) {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    public TrustedProxies {
        addresses = List.copyOf(addresses);
    }

    /** An empty or blank setting trusts nobody; anything that is not a list of IP addresses is refused. */
    public static TrustedProxies parse(String setting) {
        List<String> addresses = new ArrayList<>();
        if (setting == null || setting.isBlank()) {
            return new TrustedProxies(addresses);
        }
        for (String entry : setting.split(",", -1)) {
            String address = entry.strip();
            if (address.isEmpty()) {
                throw new TrustedProxiesMalformedException(setting, "an empty entry between two commas");
            }
            if (!LITERAL.matcher(address).matches()) {
                throw new TrustedProxiesMalformedException(setting, "'" + address + "' is not an IP address");
            }
            try {
                InetAddress.ofLiteral(address);
            } catch (IllegalArgumentException notAnAddress) {
                throw new TrustedProxiesMalformedException(setting, "'" + address + "' is not an IP address");
            }
            addresses.add(address);
        }
        return new TrustedProxies(addresses);
    }

    public boolean any() {
        return !addresses.isEmpty();
    }

    /**
     * The addresses as one regular expression for RemoteIpValve's internalProxies. Tomcat reports an IPv6
     * peer in the long form ({@code 0:0:0:0:0:0:0:1}) while a proxy in the X-Forwarded-For chain may write
     * the short one ({@code ::1}), so an IPv6 address matches in both.
     */
    public String asRegex() {
        Set<String> forms = new LinkedHashSet<>();
        for (String address : addresses) {
            InetAddress parsed = InetAddress.ofLiteral(address);
            forms.add(parsed.getHostAddress());
            if (parsed instanceof Inet6Address) {
                forms.add(IpAddresses.shortForm(address));
            }
        }
        return String.join(
                "|", forms.stream().map(form -> form.replace(".", "\\.")).toList());
    }
}
