package org.seatkeeper.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword the password of {@code admin}, used only on the first start; when empty, one is
 *                      generated and printed once ({@link FirstAdministrator})
 * @param trustedProxies the reverse proxies' IP addresses, comma-separated, whose X-Forwarded-For is
 *                       believed; empty: nobody's ({@link TrustedProxies}, {@link ReverseProxyConfiguration})
 */
@ConfigurationProperties("seatkeeper")
public record SecuritySettings(
        @DefaultValue("") String adminPassword,
        @DefaultValue("") String trustedProxies) {}
