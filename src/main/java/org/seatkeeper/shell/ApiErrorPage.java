package org.seatkeeper.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.shared.ApiProblems;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The servlet container's error page for the JSON API: an error raised below Spring MVC (a body
 * whose chunked framing is broken, a {@code sendError} from a filter) is forwarded by the container to
 * {@code /error}, which the portal's chain would answer with a redirect to the login page, an HTML page
 * or an empty 403. For an API address the answer is a problem instead, whatever the layer.
 */
class ApiErrorPage extends OncePerRequestFilter {

    private final Texts texts;

    ApiErrorPage(Texts texts) {
        this.texts = texts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!ApiProblems.isApi(request, failedUri == null ? null : failedUri.toString())) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 500;
        Language language = ApiProblems.language(request);
        String detail = status >= 500
                ? texts.text(language, "api.problem.server-failure")
                : status == 413
                        ? ApiBodyLimit.message(texts, language)
                        : status == 405
                                ? texts.text(language, "api.problem.method-not-allowed")
                                : texts.text(language, "api.problem.unreadable");
        ApiProblems.write(
                response, ApiProblems.of(HttpStatusCode.valueOf(status), ApiProblems.reasonFor(status), detail));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /**
         * Tomcat refuses an encoded slash or backslash ({@code %2F}, {@code %5C}) with an HTML page of its
         * own, before any filter or error page. Passed through, they reach Spring Security's firewall,
         * which refuses them just as firmly, and for the API as a problem.
         */
        @Bean
        TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
            return connector -> {
                connector.setEncodedSolidusHandling("passthrough");
                connector.setEncodedReverseSolidusHandling("passthrough");
            };
        }

        @Bean
        FilterRegistrationBean<ApiErrorPage> apiErrorPage(Texts texts) {
            FilterRegistrationBean<ApiErrorPage> registration = new FilterRegistrationBean<>(new ApiErrorPage(texts));
            registration.setDispatcherTypes(DispatcherType.ERROR);
            registration.addUrlPatterns("/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
