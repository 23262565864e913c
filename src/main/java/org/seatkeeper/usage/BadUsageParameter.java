package org.seatkeeper.usage;

import java.util.Arrays;

/**
 * A query parameter of the usage API that is missing, malformed or out of range, as an outcome: a
 * stable {@link Reason} for programs, the parameter it is about, and its sentence as a bundle key with
 * the figures given (all as text, so no number is regrouped). The controller's handler turns it into
 * the API's one problem shape (shared ApiProblems), the sentence in the caller's language.
 */
final class BadUsageParameter extends RuntimeException {

    /**
     * Why a usage query was refused; {@link #code} is the problem's {@code reason} and the end of its
     * {@code type}, stable for programs: never rename one, and list a new one in the endpoint's OpenAPI.
     */
    enum Reason {
        MISSING_POOL("missing-pool"),
        UNKNOWN_POOL("unknown-pool"),
        INVALID_RESOLUTION("invalid-resolution"),
        INVALID_DATE("invalid-date"),
        PERIOD_REVERSED("period-reversed"),
        PERIOD_TOO_LONG("period-too-long"),
        INVALID_CAPACITY("invalid-capacity"),
        CAPACITY_NEEDS_MINUTES("capacity-needs-minutes");

        final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final Reason reason;
    private final String parameter;
    private final String key;
    private final transient Object[] arguments;

    BadUsageParameter(Reason reason, String parameter, String key, Object... arguments) {
        super(reason.code + ": " + key);
        this.reason = reason;
        this.parameter = parameter;
        this.key = key;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray();
    }

    Reason reason() {
        return reason;
    }

    String parameter() {
        return parameter;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
