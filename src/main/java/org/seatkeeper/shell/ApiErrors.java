package org.seatkeeper.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.seatkeeper.database.DatabaseOutage;
import org.seatkeeper.shared.ApiProblems;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Texts;
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
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
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

    /**
     * Spring MVC's own problems whose sentence the bundles have (keyed by Spring's detail code), said in
     * the language {@link ApiProblems#language} resolves rather than Spring's locale, which falls back to
     * the server's when a request asks for none. The others (404's "No static resource") stay English.
     */
    private static final Set<String> SAID_IN_THE_CALLERS_LANGUAGE = Set.of(
            "problemDetail.org.springframework.web.HttpMediaTypeNotSupportedException",
            "problemDetail.org.springframework.web.HttpRequestMethodNotSupportedException");

    private final Texts texts;

    ApiErrors(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException refused, HttpServletRequest request) {
        Language language = ApiProblems.language(request);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.refusal(refused, language));
        problem.setTitle(texts.text(language, "api.problem.refused.title"));
        return ApiProblems.withReason(problem, "refused");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied, HttpServletRequest request) {
        return ApiProblems.of(
                HttpStatus.FORBIDDEN, "forbidden", texts.text(ApiProblems.language(request), "api.problem.forbidden"));
    }

    /** The database is overloaded or unreachable for a moment: the client should retry, nothing was written. */
    @ExceptionHandler({
        CannotCreateTransactionException.class,
        TransientDataAccessException.class,
        DataAccessResourceFailureException.class
    })
    ResponseEntity<ProblemDetail> busy(Exception busy, HttpServletRequest request) {
        if (DatabaseOutage.explains(busy)) {
            return unavailable(busy, request);
        }
        log.warn("API call refused while the database was busy: {}", busy.getMessage());
        ProblemDetail problem = ApiProblems.of(
                HttpStatus.SERVICE_UNAVAILABLE, "busy", texts.text(ApiProblems.language(request), "api.problem.busy"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }

    /** A fault of ours: logged with an id the caller can quote, never shown as a stack trace. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException failure, HttpServletRequest request) {
        if (DatabaseOutage.explains(failure)) {
            return unavailable(failure, request);
        }
        String id = UUID.randomUUID().toString();
        log.error("Unexpected failure of an API call, error id {}", id, failure);
        return ResponseEntity.internalServerError()
                .body(ApiProblems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "server-error",
                        texts.text(ApiProblems.language(request), "api.problem.server-error", id)));
    }

    /**
     * The database is out of reach (stopped, restarting): the same {@code busy} answer, with a longer
     * Retry-After, since a server restart takes seconds rather than a lock's milliseconds.
     */
    private ResponseEntity<ProblemDetail> unavailable(Exception outage, HttpServletRequest request) {
        log.warn("API call refused while the database was unavailable: {}", outage.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ApiProblems.DATABASE_UNAVAILABLE_RETRY_AFTER))
                .body(ApiProblems.databaseUnavailable(texts, ApiProblems.language(request)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        Language language = ApiProblems.language(request);
        Class<?> type = mismatch.getRequiredType();
        String value = String.valueOf(mismatch.getValue());
        String detail = type == null
                ? texts.text(language, "api.problem.type-mismatch.other", mismatch.getName(), value)
                : Number.class.isAssignableFrom(type) || type.isPrimitive()
                        ? texts.text(language, "api.problem.type-mismatch.number", mismatch.getName(), value)
                        : texts.text(
                                language,
                                "api.problem.type-mismatch.type",
                                mismatch.getName(),
                                type.getSimpleName(),
                                value);
        return ApiProblems.of(HttpStatus.BAD_REQUEST, "bad-request", detail);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        Language language = language(request);
        if (ApiBodyLimit.tooLarge(unreadable)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, ApiBodyLimit.message(texts, language));
        }
        return problem(HttpStatus.BAD_REQUEST, unreadableDetail(unreadable, language));
    }

    /** Spring MVC's own problems (404, 405, 415, ...) in the API's one shape, with a top-level reason. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception failure, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body == null
                && failure instanceof ErrorResponse error
                && SAID_IN_THE_CALLERS_LANGUAGE.contains(error.getDetailMessageCode())) {
            body = error.updateAndGetBody(texts, language(request).locale());
        }
        ResponseEntity<Object> answer = super.handleExceptionInternal(failure, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            ApiProblems.completed(problem);
        }
        return answer;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Language language = language(request);
        // A constraint's message is a bundle key (SeatRequest); one that is not stays as it is written.
        String detail = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getDefaultMessage())
                .map(message -> message != null && texts.has(message) ? texts.text(language, message) : message)
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(
                HttpStatus.BAD_REQUEST,
                detail.isEmpty() ? texts.text(language, "api.problem.invalid-body") : detail + ".");
    }

    private String unreadableDetail(HttpMessageNotReadableException unreadable, Language language) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return texts.text(
                    language,
                    "api.problem.unknown-field",
                    unknown.getPropertyName(),
                    String.valueOf(unknown.getKnownPropertyIds()));
        }
        if (cause instanceof DatabindException binding && !binding.getPath().isEmpty()) {
            String field = binding.getPath().getLast().getPropertyName();
            return texts.text(language, "api.problem.wrong-type", field);
        }
        if (cause instanceof JacksonException) {
            return texts.text(language, "api.problem.not-json");
        }
        return texts.text(language, "api.problem.needs-json-body");
    }

    private static Language language(WebRequest request) {
        return request instanceof NativeWebRequest web
                ? ApiProblems.language(web.getNativeRequest(HttpServletRequest.class))
                : Language.ENGLISH;
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .body(ApiProblems.of(status, ApiProblems.reasonFor(status.value()), detail));
    }
}
