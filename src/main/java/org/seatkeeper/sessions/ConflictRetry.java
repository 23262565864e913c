package org.seatkeeper.sessions;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs a whole transaction again when the database rolled it back as the loser of a conflict: an
 * InnoDB deadlock, a lock wait timeout, or on a Galera cluster a certification failure, which MariaDB
 * reports as the same error 1213 at commit. The work must be a complete transaction (started and
 * committed inside the supplier), so nothing of the failed attempt survives. A short random pause
 * keeps two losers from colliding again.
 */
@Component
class ConflictRetry {

    static final int ATTEMPTS = 4;

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    <T> T run(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (ConcurrencyFailureException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                log.info(
                        "{}: lost a database conflict (attempt {} of {}), retrying: {}",
                        what,
                        attempt,
                        ATTEMPTS,
                        conflict.getMostSpecificCause().getMessage());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", e);
        }
    }
}
