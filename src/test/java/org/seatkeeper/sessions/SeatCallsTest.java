package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.SignInAttempt;
import org.seatkeeper.testing.TestClock;
import org.seatkeeper.testing.TestPools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admission's and the lease end's procedure calls on a real MariaDB: each is one transaction, whole or
 * not at all, whichever of its statements fails.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
class SeatCallsTest {

    private static final AtomicLong NEXT_USER_ID = new AtomicLong(System.nanoTime() % 1_000_000_000L + 7);
    private static final ClientDetails CASES = new ClientDetails("Cases", "10.0.0.7", "Cases 4.2", "node-1");

    @Autowired
    SeatCalls calls;

    @Autowired
    SeatPools seatPools;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Instant now;

    @BeforeEach
    void pools() {
        now = clock.reset();
        TestPools.set(jdbc, 3, 5, 1);
    }

    @Test
    void an_admission_writes_the_session_its_log_row_and_the_seat_together() {
        Applicant ann = applicant("ann");

        AdmittedSession admitted = calls.admit(
                        AdmissionClass.STANDARD, ann, CASES, now, lease(), signedIn(ann, "Cases"))
                .orElseThrow();

        assertThat(admitted.seat()).isEqualTo(SeatKind.FULL);
        assertThat(openSessions(ann)).isEqualTo(1);
        assertThat(logRows(ann)).isEqualTo(1);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 1, 5, 0, 1, 0));
    }

    @Test
    void a_statement_failing_after_the_session_row_leaves_nothing_behind() {
        Applicant bob = applicant("bob");
        // the access log's client is NOT NULL: its INSERT, after the session's, fails
        SignInAttempt broken = signedIn(bob, null);

        assertThatThrownBy(() -> calls.admit(AdmissionClass.STANDARD, bob, CASES, now, lease(), broken))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(openSessions(bob)).isZero();
        assertThat(logRows(bob)).isZero();
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 0, 5, 0, 1, 0));
        // the connection went back to the pool with no transaction left open: the account is free
        assertThat(calls.admit(AdmissionClass.STANDARD, bob, CASES, now, lease(), signedIn(bob, "Cases")))
                .isPresent();
    }

    @Test
    void a_second_open_session_of_the_account_is_refused_by_the_unique_key_with_nothing_written() {
        Applicant cid = applicant("cid");
        calls.admit(AdmissionClass.STANDARD, cid, CASES, now, lease(), signedIn(cid, "Cases"));

        assertThatThrownBy(() -> calls.admit(AdmissionClass.STANDARD, cid, CASES, now, lease(), signedIn(cid, "Cases")))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(openSessions(cid)).isEqualTo(1);
        assertThat(logRows(cid)).isEqualTo(1);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 1, 5, 0, 1, 0));
    }

    @Test
    void an_admission_without_a_free_seat_rolls_back_its_session_and_log_row() {
        TestPools.set(jdbc, 1, 1, 0, 0, 0, 0);
        Applicant dan = applicant("dan");

        assertThat(calls.admit(AdmissionClass.STANDARD, dan, CASES, now, lease(), signedIn(dan, "Cases")))
                .isEmpty();

        assertThat(openSessions(dan)).isZero();
        assertThat(logRows(dan)).isZero();
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(1, 1, 0, 0, 0, 0));
    }

    @Test
    void a_lease_end_failing_at_its_log_row_keeps_the_session_open_and_its_seat_taken() {
        Applicant eva = applicant("eva");
        AdmittedSession admitted = calls.admit(AdmissionClass.STANDARD, eva, CASES, now, lease(), null)
                .orElseThrow();
        SeatHolder holder = new SeatHolder(admitted.id(), eva.userId(), eva.username(), admitted.seat());

        assertThatThrownBy(() -> calls.endLease(holder, EndReason.SIGNED_OUT, now, signedOut(eva, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(openSessions(eva)).isEqualTo(1);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 1, 5, 0, 1, 0));

        assertThat(calls.endLease(holder, EndReason.SIGNED_OUT, now, signedOut(eva, "Cases")))
                .isTrue();
        assertThat(openSessions(eva)).isZero();
        assertThat(logRows(eva)).isEqualTo(1);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 0, 5, 0, 1, 0));
        assertThat(calls.endLease(holder, EndReason.SIGNED_OUT, now, signedOut(eva, "Cases")))
                .as("only one call ends it; the second writes nothing")
                .isFalse();
        assertThat(logRows(eva)).isEqualTo(1);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 0, 5, 0, 1, 0));
    }

    private Applicant applicant(String name) {
        long id = NEXT_USER_ID.incrementAndGet();
        return new Applicant(id, name + "-" + id, name + " Example", AdmissionClass.STANDARD);
    }

    private static Lease lease() {
        return new Lease(42L, "ref-1", Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    private SignInAttempt signedIn(Applicant applicant, String client) {
        return new SignInAttempt(applicant.username(), now, "10.0.0.7", true, "signed in", "Cases 4.2", client);
    }

    private SignInAttempt signedOut(Applicant applicant, String client) {
        return new SignInAttempt(applicant.username(), now, "10.0.0.7", true, "signed out", "Cases 4.2", client);
    }

    private int openSessions(Applicant applicant) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM user_session WHERE user_id = ? AND ended_at IS NULL",
                Integer.class,
                applicant.userId());
    }

    private int logRows(Applicant applicant) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM access_log WHERE username = ?", Integer.class, applicant.username());
    }
}
