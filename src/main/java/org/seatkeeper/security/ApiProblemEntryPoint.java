package org.seatkeeper.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/** 401 for the JSON API as problem details, saying why the credentials were not accepted. */
final class ApiProblemEntryPoint implements AuthenticationEntryPoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A token check that failed for want of the database is not the caller's fault: 503 with
     * Retry-After, as the API's other busy answers; every other failure is a 401.
     */
    AuthenticationFailureHandler failureHandler() {
        return (request, response, failure) -> {
            if (failure instanceof AuthenticationServiceException) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "The licence server is busy; nothing was changed. Try again in a moment.");
                problem.setTitle("Service Unavailable");
                problem.setProperty("reason", "busy");
                response.setHeader("Retry-After", "1");
                write(response, problem);
            } else {
                commence(request, response, failure);
            }
        };
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String detail = failure == null || failure.getMessage() == null
                || failure.getClass().getSimpleName().equals("InsufficientAuthenticationException")
                ? "Sign the call with \"Authorization: Bearer <client token>\" or, for administrators, HTTP Basic."
                : failure.getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Unauthorized");
        response.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"Seatkeeper\"");
        write(response, problem);
    }

    private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
