package org.seatkeeper.seats;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A seat call that cannot be granted, as the problem details (RFC 9457) the application receives:
 * an HTTP status, a machine-readable {@code reason}, a sentence for people, and extra properties.
 */
class SeatRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String reason;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Long retryAfterSeconds;

    SeatRefusal(HttpStatus status, String reason, String detail) {
        super(detail);
        this.status = status;
        this.reason = reason;
    }

    SeatRefusal with(String property, Object value) {
        if (value != null) {
            properties.put(property, value);
        }
        return this;
    }

    SeatRefusal retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return with("retryAfterSeconds", seconds);
    }

    HttpStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    Map<String, Object> properties() {
        return properties;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
