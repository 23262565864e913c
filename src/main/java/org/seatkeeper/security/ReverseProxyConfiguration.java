package org.seatkeeper.security;

import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a reverse proxy every request comes from the proxy: without this the access log, the per-address
 * sign-in lockout, the seat API's recorded ip and the sessions' addresses would all show the proxy. With
 * seatkeeper.trusted-proxies set, Tomcat's RemoteIpValve replaces the remote address by the client's from
 * X-Forwarded-For, for requests from those addresses only, so every {@code getRemoteAddr()} follows.
 * <p>
 * Not Spring Boot's {@code server.forward-headers-strategy=native}: its internal proxies default to every
 * private and loopback address, so a directly exposed server in a hospital network would believe any
 * client's X-Forwarded-For. Here the valve exists only when the setting is given, and trusts exactly the
 * addresses listed (docs/decisions/0030-behind-a-reverse-proxy.md).
 */
@Configuration(proxyBeanMethods = false)
class ReverseProxyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReverseProxyConfiguration.class);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxiesValve(SecuritySettings settings) {
        TrustedProxies proxies = TrustedProxies.parse(settings.trustedProxies());
        return factory -> {
            if (!proxies.any()) {
                return;
            }
            RemoteIpValve valve = new RemoteIpValve();
            valve.setRemoteIpHeader("X-Forwarded-For");
            // The proxy usually ends TLS: its X-Forwarded-Proto makes redirects and cookies https again.
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setInternalProxies(proxies.asRegex());
            // Tomcat's default would also trust nothing here, but say it: only the listed proxies count.
            valve.setTrustedProxies(null);
            factory.addEngineValves(valve);
            log.info("Trusting X-Forwarded-For from the reverse proxies {}", proxies.addresses());
        };
    }
}
