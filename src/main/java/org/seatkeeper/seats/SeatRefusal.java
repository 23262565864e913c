package org.seatkeeper.seats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;

/**
 * A seat call that cannot be granted, as an outcome: a machine-readable {@link Reason}, a sentence
 * for people, and extra properties. The web layer ({@link SeatProblems}) turns it into the problem
 * details (RFC 9457) the application receives, choosing the HTTP status from the reason.
 */
class SeatRefusal extends RuntimeException {

    /** Why a seat call was refused; {@link #code} is the API's {@code reason}, stable for programs. */
    enum Reason {
        INVALID_USERNAME("invalid-username"),
        INVALID_ID("invalid-id"),
        UNKNOWN_USER("unknown-user"),
        INACTIVE("inactive"),
        EXPIRED("expired"),
        NO_LOGIN("no-login"),
        NOT_AN_APPLICATION("not-an-application"),
        ALREADY_SIGNED_IN("already-signed-in"),
        NO_SEAT("no-seat"),
        UNKNOWN_SEAT("unknown-seat"),
        SEAT_ENDED("seat-ended");

        final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final Reason reason;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Long retryAfterSeconds;
    private BiFunction<Texts, Language, String> words;

    SeatRefusal(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    SeatRefusal with(String property, Object value) {
        if (value != null) {
            properties.put(property, value);
        }
        return this;
    }

    /** The sentence in any language, for a refusal the bundles can say; without it the detail is English. */
    SeatRefusal in(BiFunction<Texts, Language, String> words) {
        this.words = words;
        return this;
    }

    /** The sentence for people, in the language the caller asked for where the bundles have it. */
    String detail(Texts texts, Language language) {
        return words == null ? getMessage() : words.apply(texts, language);
    }

    SeatRefusal retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return with("retryAfterSeconds", seconds);
    }

    Reason reason() {
        return reason;
    }

    Map<String, Object> properties() {
        return properties;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
