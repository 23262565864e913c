package org.seatkeeper.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.database.DatabaseOutage;
import org.seatkeeper.shared.ApiProblems;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The security layer's answers for the JSON API, in the API's one problem shape ({@link ApiProblems}):
 * 401 saying why the credentials were not accepted, 429 with Retry-After while sign-in is paused after
 * failed sign-ins (docs/decisions/0018-brute-force-protection.md), 403 for credentials that may not do this, and the
 * firewall's refusals (unknown methods, {@code ;jsessionid=}, encoded dots) as 400 or 405, never a
 * redirect to the login page.
 */
final class ApiProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final Texts texts;

    ApiProblemEntryPoint(Texts texts) {
        this.texts = texts;
    }

    /** The bearer token check's failures, answered as {@link #commence} answers HTTP Basic's. */
    AuthenticationFailureHandler failureHandler() {
        return this::commence;
    }

    /**
     * A token or password check that failed for want of the database is not the caller's fault: 503
     * {@code busy} with Retry-After, as the API's other busy answers, and longer while the database is
     * out of reach; every other failure is a 401.
     */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        Language language = ApiProblems.language(request);
        if (failure instanceof SignInPausedException paused) {
            response.setHeader("Retry-After", String.valueOf(paused.pause().retryAfterSeconds()));
            ApiProblems.write(
                    response,
                    ApiProblems.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "sign-in-paused",
                            texts.refusal(paused.refusal().orElseThrow(), language)));
            return;
        }
        if (failure instanceof AuthenticationServiceException) {
            boolean outage = DatabaseOutage.explains(failure);
            response.setHeader(
                    "Retry-After", outage ? String.valueOf(ApiProblems.DATABASE_UNAVAILABLE_RETRY_AFTER) : "1");
            ApiProblems.write(
                    response,
                    outage
                            ? ApiProblems.databaseUnavailable(texts, language)
                            : ApiProblems.of(
                                    HttpStatus.SERVICE_UNAVAILABLE, "busy", texts.text(language, "api.problem.busy")));
            return;
        }
        String detail = detail(failure, language);
        String reason =
                failure instanceof SignInRefusedException refused && CanonicalUsername.REASON.equals(refused.reason())
                        ? "invalid-username"
                        : "unauthorized";
        response.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"Seatkeeper\"");
        ApiProblems.write(response, ApiProblems.of(HttpStatus.UNAUTHORIZED, reason, detail));
    }

    /**
     * The 401's sentence in the caller's language, never Spring Security's own English message. A wrong
     * password and an unknown username get the same words (the password check hides unknown names as bad
     * credentials too), so the answer never tells which names exist; an account's state (inactive, expired,
     * login-less) is only checked, and so only said, after its password was right.
     */
    private String detail(AuthenticationException failure, Language language) {
        return switch (failure) {
            case SignInRefusedException refused
            when refused.refusal().isPresent() ->
                texts.refusal(refused.refusal().orElseThrow(), language);
            case SignInRefusedException refused when refused.getMessage() != null -> refused.getMessage();
            case TokenRefusedException token -> texts.refusal(token.refusal(), language);
            case BadCredentialsException _ -> texts.text(language, "api.problem.unauthorized.credentials");
            case DisabledException _ -> texts.text(language, "login.refused.inactive");
            case AccountExpiredException _ -> texts.text(language, "login.refused.expired");
            case LockedException _ -> texts.text(language, "login.refused.no-login");
            case null, default -> texts.text(language, "api.problem.unauthorized");
        };
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        ApiProblems.write(
                response,
                ApiProblems.of(
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        texts.text(ApiProblems.language(request), "api.problem.forbidden")));
    }

    /**
     * Spring Security's firewall refused the request before any chain ran. For the API it is a problem;
     * elsewhere a plain 400, as before the firewall's default handler made it a server error.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (!ApiProblems.isApi(request, request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Language language = ApiProblems.language(request);
        ProblemDetail problem = String.valueOf(rejected.getMessage()).contains("HTTP method")
                ? ApiProblems.of(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "method-not-allowed",
                        texts.text(language, "api.problem.method-not-allowed.named", request.getMethod()))
                : ApiProblems.of(
                        HttpStatus.BAD_REQUEST,
                        "rejected-request",
                        texts.text(language, "api.problem.rejected-request"));
        ApiProblems.write(response, problem);
    }
}
