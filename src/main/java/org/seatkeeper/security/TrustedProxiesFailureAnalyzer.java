package org.seatkeeper.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a malformed list of trusted proxies into Spring Boot's short "APPLICATION FAILED TO START" report. */
public class TrustedProxiesFailureAnalyzer extends AbstractFailureAnalyzer<TrustedProxiesMalformedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TrustedProxiesMalformedException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set SEATKEEPER_TRUSTED_PROXIES to the reverse proxies' IP addresses separated by commas "
                        + "(for example 10.1.2.3, 10.1.2.4), or unset it when no proxy stands in front of Seatkeeper.",
                cause);
    }
}
