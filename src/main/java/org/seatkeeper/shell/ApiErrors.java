package org.seatkeeper.shell;

import org.seatkeeper.shared.RefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The one error handler of the JSON API: problem details (RFC 9457), never a stack trace. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setTitle("Refused");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "These credentials may not read this resource.");
        problem.setTitle("Forbidden");
        return problem;
    }
}
