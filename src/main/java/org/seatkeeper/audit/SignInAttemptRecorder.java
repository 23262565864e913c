package org.seatkeeper.audit;

import org.seatkeeper.shared.SignInAttempt;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes every sign-in attempt to the access log (rule 12). */
@Component
class SignInAttemptRecorder {

    private final AccessLogRepository entries;

    SignInAttemptRecorder(AccessLogRepository entries) {
        this.entries = entries;
    }

    @EventListener
    void on(SignInAttempt attempt) {
        entries.save(new AccessLogEntry(attempt.at(), cut(attempt.username() == null ? "" : attempt.username(), 100),
                cut(attempt.ip(), 45), attempt.success(), cut(attempt.reason(), 200), cut(attempt.browser(), 500),
                cut(attempt.client(), 100)));
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
