package org.seatkeeper.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The name this node gives the sessions it admits: {@code seatkeeper.node-name}, else the host name.
 *
 * @param nodeName the name configured, or the host name when none is
 */
@ConfigurationProperties("seatkeeper")
public record NodeName(@DefaultValue("") String nodeName) {

    public NodeName {
        nodeName = nodeName.isBlank() ? hostName() : nodeName;
    }

    public String get() {
        return nodeName;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
