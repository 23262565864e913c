package org.seatkeeper.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every error of the JSON API, whichever layer answers (the servlet container, the
 * security filters, Spring MVC): problem details (RFC 9457) with {@code type}
 * {@code urn:seatkeeper:problem:<reason>}, {@code title}, {@code status}, a {@code detail} sentence for
 * people and a top-level {@code reason} for programs (docs/decisions/0014-hardening.md).
 */
public final class ApiProblems {

    public static final String TYPE_PREFIX = "urn:seatkeeper:problem:";
    public static final String API_PATH = "/api/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {}

    /**
     * The language of an API problem's {@code detail}: the request's {@code Accept-Language} (its first
     * choice), English when it asks for none or for one the portal does not speak. The one resolution for
     * every layer (Spring MVC, the security filters, the container's error page).
     */
    public static Language language(HttpServletRequest request) {
        return request == null || request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? Language.ENGLISH
                : Language.of(request.getLocale());
    }

    public static ProblemDetail of(HttpStatusCode status, String reason, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return withReason(problem, reason);
    }

    /** How long a client should wait (Retry-After, seconds) while the database is out of reach. */
    public static final int DATABASE_UNAVAILABLE_RETRY_AFTER = 10;

    /**
     * The answer while the database is out of reach (stopped, restarting): {@code busy}, like a moment's
     * contention, so clients need one retry rule; the longer Retry-After tells them apart.
     */
    public static ProblemDetail databaseUnavailable(Texts texts, Language language) {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "busy", texts.text(language, "api.problem.database-unavailable"));
    }

    /** Gives a problem its reason and type, and a title if it has none. */
    public static ProblemDetail withReason(ProblemDetail problem, String reason) {
        problem.setType(URI.create(TYPE_PREFIX + reason));
        if (problem.getTitle() == null) {
            HttpStatus known = HttpStatus.resolve(problem.getStatus());
            problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        }
        problem.setProperty("reason", reason);
        return problem;
    }

    /** A problem made elsewhere (Spring MVC's own) gets the reason its status implies, unless it has one. */
    public static ProblemDetail completed(ProblemDetail problem) {
        Object reason =
                problem.getProperties() == null ? null : problem.getProperties().get("reason");
        return withReason(problem, reason == null ? reasonFor(problem.getStatus()) : reason.toString());
    }

    /** The reason of a problem that has no more specific one: the status in plain lower-case words. */
    public static String reasonFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 408 -> "timeout";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "busy";
            default -> status >= 500 ? "server-error" : "bad-request";
        };
    }

    /** True for a request to the JSON API, also when it comes back as the container's error dispatch. */
    public static boolean isApi(HttpServletRequest request, String uri) {
        return uri != null && uri.startsWith(request.getContextPath() + API_PATH);
    }

    /** Writes the problem as the whole answer, for layers below Spring MVC. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
