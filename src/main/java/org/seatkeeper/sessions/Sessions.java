package org.seatkeeper.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of open sessions (seed 002's "Active Sessions"). */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class Sessions {

    private final UserSessionRepository sessions;
    private final Clock clock;
    private final Duration staleAfter;

    Sessions(UserSessionRepository sessions, Clock clock, SessionSettings settings) {
        this.sessions = sessions;
        this.clock = clock;
        this.staleAfter = settings.staleAfter();
    }

    /** Every session not ended yet, oldest sign-in first, with live/stale and idle seconds as of now. */
    public List<OpenSession> open() {
        Instant now = clock.instant();
        return sessions.findAllOpen().stream().map(session -> session.toOpenSession(now, staleAfter)).toList();
    }
}
