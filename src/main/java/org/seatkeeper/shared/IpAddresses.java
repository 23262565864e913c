package org.seatkeeper.shared;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Addresses as people write them: {@code 0:0:0:0:0:0:0:1} is {@code ::1} (RFC 5952), an IPv4 address
 * seen through IPv6 ({@code ::ffff:10.0.0.7}) is {@code 10.0.0.7}. Servlet containers report the long
 * forms; they are stored as reported and shortened only for reading.
 */
public final class IpAddresses {

    private IpAddresses() {}

    /** The usual short form of an IP literal; anything else (a host name, garbage) is returned unchanged. */
    public static String shortForm(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String text = address.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        int zoneAt = text.indexOf('%');
        String zone = zoneAt < 0 ? "" : text.substring(zoneAt);
        String literal = zoneAt < 0 ? text : text.substring(0, zoneAt);
        InetAddress parsed;
        try {
            parsed = InetAddress.ofLiteral(literal);
        } catch (IllegalArgumentException notALiteral) {
            return address;
        }
        if (parsed instanceof Inet4Address) {
            return parsed.getHostAddress();
        }
        byte[] bytes = parsed.getAddress();
        if (isIpv4Mapped(bytes)) {
            return (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff);
        }
        return compressed(bytes) + zone;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
    private static String compressed(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
