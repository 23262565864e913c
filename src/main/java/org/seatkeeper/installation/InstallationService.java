package org.seatkeeper.installation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.seatkeeper.shared.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class InstallationService {

    private final InstallationProperties properties;
    private final String version;

    InstallationService(InstallationProperties properties, ObjectProvider<BuildProperties> build) {
        this.properties = properties;
        BuildProperties info = build.getIfAvailable();
        this.version = info != null ? info.getVersion() : null; // a development build
    }

    public InstallationFacts facts() {
        return new InstallationFacts(
                setOrNull(properties.customerId()),
                setOrNull(properties.instanceNumber()),
                properties.serverIp() == null || properties.serverIp().isBlank()
                        ? detectServerIp()
                        : properties.serverIp(),
                version);
    }

    private static String setOrNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String detectServerIp() {
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
