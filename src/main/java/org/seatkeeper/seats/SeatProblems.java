package org.seatkeeper.seats;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Seat refusals as problem details (RFC 9457) with a machine-readable {@code reason}. */
@RestControllerAdvice(assignableTypes = SeatController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SeatProblems {

    static final String TYPE_PREFIX = "urn:seatkeeper:problem:";

    @ExceptionHandler(SeatRefusal.class)
    ResponseEntity<ProblemDetail> refused(SeatRefusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
        problem.setType(URI.create(TYPE_PREFIX + refusal.reason()));
        problem.setTitle(refusal.status().getReasonPhrase());
        problem.setProperty("reason", refusal.reason());
        refusal.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refusal.status());
        if (refusal.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
        }
        return response.body(problem);
    }
}
