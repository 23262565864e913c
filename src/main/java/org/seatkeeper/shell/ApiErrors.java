package org.seatkeeper.shell;

import java.util.UUID;
import java.util.stream.Collectors;
import org.seatkeeper.database.DatabaseOutage;
import org.seatkeeper.shared.ApiProblems;
import org.seatkeeper.shared.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one error handler of the JSON API: problem details (RFC 9457) that say what was wrong with the
 * request, never a stack trace. Spring MVC's own errors (unsupported media type, wrong method, unknown
 * path) arrive here as problem details too.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setTitle("Refused");
        return ApiProblems.withReason(problem, "refused");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        return ApiProblems.of(HttpStatus.FORBIDDEN, "forbidden", "These credentials may not read this resource.");
    }

    /** The database is overloaded or unreachable for a moment: the client should retry, nothing was written. */
    @ExceptionHandler({
        CannotCreateTransactionException.class,
        TransientDataAccessException.class,
        DataAccessResourceFailureException.class
    })
    ResponseEntity<ProblemDetail> busy(Exception busy) {
        if (DatabaseOutage.explains(busy)) {
            return unavailable(busy);
        }
        log.warn("API call refused while the database was busy: {}", busy.getMessage());
        ProblemDetail problem = ApiProblems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "busy",
                "The licence server is busy; nothing was changed. Try again in a moment.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }

    /** A fault of ours: logged with an id the caller can quote, never shown as a stack trace. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException failure) {
        if (DatabaseOutage.explains(failure)) {
            return unavailable(failure);
        }
        String id = UUID.randomUUID().toString();
        log.error("Unexpected failure of an API call, error id {}", id, failure);
        return ResponseEntity.internalServerError()
                .body(ApiProblems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "server-error",
                        "Something went wrong on the server; it was logged with error id " + id + "."));
    }

    /**
     * The database is out of reach (stopped, restarting): the same {@code busy} answer, with a longer
     * Retry-After, since a server restart takes seconds rather than a lock's milliseconds.
     */
    private static ResponseEntity<ProblemDetail> unavailable(Exception outage) {
        log.warn("API call refused while the database was unavailable: {}", outage.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ApiProblems.DATABASE_UNAVAILABLE_RETRY_AFTER))
                .body(ApiProblems.databaseUnavailable());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        return ApiProblems.of(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                mismatch.getName() + " must be " + article(mismatch.getRequiredType()) + ", not '" + mismatch.getValue()
                        + "'.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (ApiBodyLimit.tooLarge(unreadable)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, ApiBodyLimit.MESSAGE);
        }
        return problem(HttpStatus.BAD_REQUEST, unreadableDetail(unreadable));
    }

    /** Spring MVC's own problems (404, 405, 415, ...) in the API's one shape, with a top-level reason. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception failure, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(failure, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            ApiProblems.completed(problem);
        }
        return answer;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, detail.isEmpty() ? "The request body is invalid." : detail + ".");
    }

    private static String unreadableDetail(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'; the known fields are "
                    + unknown.getKnownPropertyIds() + ".";
        }
        if (cause instanceof DatabindException binding && !binding.getPath().isEmpty()) {
            String field = binding.getPath().getLast().getPropertyName();
            return "The field '" + field + "' has the wrong type or format.";
        }
        if (cause instanceof JacksonException) {
            return "The request body is not valid JSON.";
        }
        return "The request needs a JSON body.";
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .body(ApiProblems.of(status, ApiProblems.reasonFor(status.value()), detail));
    }

    private static String article(Class<?> type) {
        return type == null
                ? "of another type"
                : "a " + (Number.class.isAssignableFrom(type) || type.isPrimitive() ? "number" : type.getSimpleName());
    }
}
