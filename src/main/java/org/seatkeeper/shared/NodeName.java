package org.seatkeeper.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The name this node gives the sessions it admits: {@code seatkeeper.node-name}, else the host name. */
@Component
public class NodeName {

    private final String name;

    NodeName(@Value("${seatkeeper.node-name:}") String configured) {
        this.name = configured.isBlank() ? hostName() : configured;
    }

    public String get() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
