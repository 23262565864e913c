package org.seatkeeper.security;

/** seatkeeper.trusted-proxies is not a list of IP addresses: the start stops (TrustedProxiesFailureAnalyzer). */
public class TrustedProxiesMalformedException extends IllegalArgumentException {

    public TrustedProxiesMalformedException(String setting, String problem) {
        super("SEATKEEPER_TRUSTED_PROXIES (seatkeeper.trusted-proxies) is '" + setting + "': " + problem + ".");
    }
}
