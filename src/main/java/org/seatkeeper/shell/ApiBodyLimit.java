package org.seatkeeper.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.shared.ApiProblems;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No API call needs more than a few hundred bytes, so bodies over 16 KiB are refused with 413 before
 * anything reads them: by their Content-Length, or, for chunked bodies, as soon as the reader passes
 * the limit.
 */
class ApiBodyLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 16 * 1024;
    private static final String MESSAGE = "The request body is larger than " + MAX_BYTES / 1024 + " KiB.";

    private final Texts texts;

    ApiBodyLimit(Texts texts) {
        this.texts = texts;
    }

    /** The refusal of a body over the limit, in the caller's language. */
    static String message(Texts texts, Language language) {
        return texts.text(language, "api.problem.too-large", MAX_BYTES / 1024);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setHeader("Connection", "close");
            ApiProblems.write(
                    response,
                    ApiProblems.of(
                            HttpStatus.CONTENT_TOO_LARGE, "too-large", message(texts, ApiProblems.language(request))));
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    /** True when reading a body failed because it passed the limit. */
    static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super(MESSAGE);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    if (next >= 0) {
                        count(1);
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws TooLarge {
                    read += n;
                    if (read > MAX_BYTES) {
                        throw new TooLarge();
                    }
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<ApiBodyLimit> apiBodyLimit(Texts texts) {
            FilterRegistrationBean<ApiBodyLimit> registration = new FilterRegistrationBean<>(new ApiBodyLimit(texts));
            registration.addUrlPatterns("/api/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
