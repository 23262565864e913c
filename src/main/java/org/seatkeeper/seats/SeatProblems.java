package org.seatkeeper.seats;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.seatkeeper.shared.ApiProblems;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.SignInAttempt;
import org.seatkeeper.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Seat refusals as problem details (RFC 9457) with a machine-readable {@code reason}. */
@RestControllerAdvice(assignableTypes = SeatController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SeatProblems {

    /** The access log's client for calls that are not a registered application's, as the security module writes it. */
    static final String API = "API";

    private final ApplicationEventPublisher events;
    private final CurrentUser caller;
    private final Clock clock;
    private final Texts texts;

    SeatProblems(ApplicationEventPublisher events, CurrentUser caller, Clock clock, Texts texts) {
        this.events = events;
        this.caller = caller;
        this.clock = clock;
        this.texts = texts;
    }

    /**
     * The {@code reason} stays the machine's code; the {@code detail} is in the language of the
     * request's {@code Accept-Language}, English when it asks for none or one the portal does not speak.
     */
    @ExceptionHandler(SeatRefusal.class)
    ResponseEntity<ProblemDetail> refused(SeatRefusal refusal, HttpServletRequest request) {
        HttpStatus status = status(refusal.reason());
        Language language = ApiProblems.language(request);
        ProblemDetail problem = ApiProblems.of(status, refusal.reason().code, refusal.detail(texts, language));
        refusal.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (refusal.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    /**
     * A person's password (HTTP Basic) reaches the seat endpoints but may not take seats: only a
     * registered application's token may. The attempt is in the access log as the refusal it is.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> notAnApplication(AccessDeniedException denied, HttpServletRequest request) {
        events.publishEvent(new SignInAttempt(
                caller.name(),
                clock.instant(),
                request.getRemoteAddr(),
                false,
                "not an application",
                request.getHeader(HttpHeaders.USER_AGENT),
                API));
        return refused(
                new SeatRefusal(
                                SeatRefusal.Reason.NOT_AN_APPLICATION,
                                "Only a connected application may"
                                        + " take, renew or release seats, with the token an administrator registered for it under API clients"
                                        + " (\"Authorization: Bearer <token>\"). A person's username and password cannot.")
                        .in((words, language) -> words.text(language, "api.problem.seat.not-an-application")),
                request);
    }

    /** The HTTP status of each refusal: chosen here, in the web layer, not by the service that refused. */
    static HttpStatus status(SeatRefusal.Reason reason) {
        return switch (reason) {
            case INVALID_USERNAME, INVALID_ID -> HttpStatus.BAD_REQUEST;
            case UNKNOWN_USER, INACTIVE, EXPIRED, NO_LOGIN, NOT_AN_APPLICATION -> HttpStatus.FORBIDDEN;
            case UNKNOWN_SEAT -> HttpStatus.NOT_FOUND;
            case ALREADY_SIGNED_IN -> HttpStatus.CONFLICT;
            case SEAT_ENDED -> HttpStatus.GONE;
            case NO_SEAT -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
