package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction that loses a real InnoDB deadlock (error 1213, which a Galera cluster also reports for
 * a certification conflict) is run again whole, and both sides complete exactly once.
 */
@SpringBootTest
class ConflictRetryTest {

    @Autowired
    ConflictRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterAll
    static void dropTheProbe(@Autowired JdbcTemplate jdbc) {
        jdbc.execute("DROP TABLE IF EXISTS retry_probe");
    }

    @BeforeEach
    void twoRows() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS retry_probe (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB");
        jdbc.update("REPLACE INTO retry_probe VALUES (1, 0), (2, 0)");
    }

    @Test
    void the_loser_of_a_deadlock_is_retried_and_both_transactions_apply_once() throws Exception {
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> forward = threads.submit(() -> retry.run(
                    "forward",
                    () -> transaction.execute(status -> {
                        lockBoth(1, 2, bothHoldOneRow, attempts.incrementAndGet() <= 2);
                        return null;
                    })));
            Future<?> backward = threads.submit(() -> retry.run(
                    "backward",
                    () -> transaction.execute(status -> {
                        lockBoth(2, 1, bothHoldOneRow, attempts.incrementAndGet() <= 2);
                        return null;
                    })));
            forward.get(30, TimeUnit.SECONDS);
            backward.get(30, TimeUnit.SECONDS);
        }

        assertThat(attempts.get())
                .as("two first attempts and one retry of the deadlock's loser")
                .isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT n FROM retry_probe ORDER BY id", Integer.class))
                .containsExactly(2, 2);
    }

    @Test
    void a_conflict_that_keeps_happening_is_given_up_after_the_last_attempt() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.run("hopeless", () -> {
                    attempts.incrementAndGet();
                    throw new CannotAcquireLockException("Deadlock found when trying to get lock");
                }))
                .isInstanceOf(ConcurrencyFailureException.class);
        assertThat(attempts.get()).isEqualTo(ConflictRetry.ATTEMPTS);
    }

    /** Locks {@code first}, waits (on the first attempts) until the other side holds its row, then locks {@code second}. */
    private void lockBoth(int first, int second, CyclicBarrier barrier, boolean firstAttempt) {
        jdbc.update("UPDATE retry_probe SET n = n + 1 WHERE id = ?", first);
        if (firstAttempt) {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        jdbc.update("UPDATE retry_probe SET n = n + 1 WHERE id = ?", second);
    }
}
