package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.testing.Race;
import org.seatkeeper.testing.TestClock;
import org.seatkeeper.testing.TestPools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Sessions and their seats on a real MariaDB, with a clock the tests move (rules 7, 8, 9, 11). */
@SpringBootTest
@Import(TestClock.Configuration.class)
@RecordApplicationEvents
class AdmissionsTest {

    private static final AtomicLong NEXT_USER_ID = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final ClientDetails DESK = ClientDetails.portal("10.0.0.7", "Firefox 140", "node-1");
    private static final ClientDetails LAPTOP = ClientDetails.portal("10.0.0.9", "Chromium 142", "node-2");

    @Autowired
    Admissions admissions;

    @Autowired
    Sessions sessions;

    @Autowired
    SeatPools seatPools;

    @Autowired
    SessionPolicies policies;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    Instant start;

    @BeforeEach
    void hospitalA() {
        start = clock.reset();
        TestPools.set(jdbc, 3, 5, 1);
    }

    @Test
    void admitting_takes_a_seat_and_opens_a_live_session_in_one_go() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        AdmittedSession admitted = admissions.admit(jane, DESK);

        assertThat(admitted.seat()).isEqualTo(SeatKind.FULL);
        assertThat(admitted.loginTime()).isEqualTo(clock.instant());
        assertThat(seatPools.snapshot().remainingFigures()).isEqualTo("F: 2 remaining, V: 5 remaining, R: 1 remaining");
        assertThat(openSessionOf(jane)).satisfies(session -> {
            assertThat(session.id()).isEqualTo(admitted.id());
            assertThat(session.username()).isEqualTo(jane.username());
            assertThat(session.displayName()).isEqualTo("Jane Example");
            assertThat(session.client()).isEqualTo("PORTAL");
            assertThat(session.ip()).isEqualTo("10.0.0.7");
            assertThat(session.browser()).isEqualTo("Firefox 140");
            assertThat(session.node()).isEqualTo("node-1");
            assertThat(session.live()).isTrue();
            assertThat(session.idleSeconds()).isZero();
        });
        assertThat(events.stream(SessionStarted.class))
                .singleElement()
                .satisfies(started -> assertThat(started.seat()).isEqualTo(SeatKind.FULL));
    }

    @Test
    void a_refused_admission_opens_no_session_and_takes_no_seat() {
        TestPools.set(jdbc, 3, 3, 5, 5, 1, 1);
        Applicant late = applicant("late", AdmissionClass.STANDARD);

        assertThatThrownBy(() -> admissions.admit(late, DESK))
                .isInstanceOf(RefusedException.class)
                .hasMessage("All licences are in use. Try again later. ("
                        + "Full-access 3 of 3 in use, View-only 5 of 5 in use.)");
        assertThat(openSessions(late)).isEmpty();
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(3, 3, 5, 5, 1, 1));
    }

    @Test
    void administrators_are_admitted_on_no_seat() {
        Applicant admin = applicant("boss", AdmissionClass.EXEMPT);
        assertThat(admissions.admit(admin, DESK).seat()).isEqualTo(SeatKind.EXEMPT);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.empty(3, 5, 1));
    }

    @Test
    void a_second_sign_in_while_the_first_is_live_is_refused_saying_where_and_since_when() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        admissions.admit(jane, DESK);
        clock.advance(Duration.ofSeconds(60));

        assertThatThrownBy(() -> admissions.admit(jane, LAPTOP))
                .isInstanceOf(RefusedException.class)
                .hasMessage("This account is already signed in: the portal at 10.0.0.7 on node-1 since "
                        + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(start.atOffset(ZoneOffset.UTC))
                        + " Z. One session per account: sign out there first."
                        + " If that window was closed, try again in 30 s.");
        assertThat(openSessions(jane)).hasSize(1);
        assertThat(seatPools.snapshot().fullAccess().inUse()).isEqualTo(1);
    }

    @Test
    void a_stale_session_is_ended_and_replaced_by_the_new_sign_in_and_its_seat_reused() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        AdmittedSession first = admissions.admit(jane, DESK);
        clock.advance(policies.current().staleAfter());

        AdmittedSession second = admissions.admit(jane, LAPTOP);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(openSessions(jane)).singleElement().satisfies(session -> {
            assertThat(session.id()).isEqualTo(second.id());
            assertThat(session.ip()).isEqualTo("10.0.0.9");
        });
        assertThat(endReason(first.id())).isEqualTo("REPLACED_STALE");
        assertThat(seatPools.snapshot().fullAccess().inUse()).isEqualTo(1);
        assertThat(events.stream(SessionEnded.class))
                .singleElement()
                .satisfies(ended -> assertThat(ended.reason()).isEqualTo(EndReason.REPLACED_STALE));
    }

    @Test
    void replacing_a_stale_session_frees_its_seat_first_so_a_full_pool_still_lets_its_owner_back_in() {
        TestPools.set(jdbc, 1, 0, 0, 0, 0, 0);
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        admissions.admit(jane, DESK);
        clock.advance(policies.current().staleAfter().plusSeconds(5));

        assertThat(admissions.admit(jane, LAPTOP).seat()).isEqualTo(SeatKind.FULL);
        assertThat(seatPools.snapshot()).isEqualTo(PoolSnapshot.of(1, 1, 0, 0, 0, 0));
    }

    @Test
    void ending_a_session_frees_its_seat_once() {
        Applicant viewer = applicant("viewer", AdmissionClass.VIEW_ONLY);
        AdmittedSession admitted = admissions.admit(viewer, DESK);
        assertThat(seatPools.snapshot().viewOnly().inUse()).isEqualTo(1);

        assertThat(admissions.end(admitted.id(), EndReason.SIGNED_OUT)).isTrue();
        assertThat(admissions.end(admitted.id(), EndReason.SIGNED_OUT)).isFalse();

        assertThat(seatPools.snapshot().viewOnly().inUse()).isZero();
        assertThat(openSessions(viewer)).isEmpty();
        assertThat(endReason(admitted.id())).isEqualTo("SIGNED_OUT");
        assertThat(events.stream(SessionEnded.class)).hasSize(1);
    }

    @Test
    void ending_an_overflow_session_frees_a_view_only_seat() {
        TestPools.set(jdbc, 3, 3, 5, 0, 1, 0);
        AdmittedSession overflow = admissions.admit(applicant("over", AdmissionClass.STANDARD), DESK);
        assertThat(overflow.seat()).isEqualTo(SeatKind.OVERFLOW);
        assertThat(seatPools.snapshot().remainingFigures()).isEqualTo("F: 0 remaining, V: 4 remaining, R: 1 remaining");

        admissions.end(overflow.id(), EndReason.SIGNED_OUT);
        assertThat(seatPools.snapshot().remainingFigures()).isEqualTo("F: 0 remaining, V: 5 remaining, R: 1 remaining");
    }

    @Test
    void after_ending_the_account_can_sign_in_again_at_once() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        admissions.end(admissions.admit(jane, DESK).id(), EndReason.SIGNED_OUT);
        assertThat(admissions.admit(jane, LAPTOP).seat()).isEqualTo(SeatKind.FULL);
    }

    @Test
    void heartbeats_keep_a_session_live_and_only_actions_reset_its_idle_time() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        AdmittedSession admitted = admissions.admit(jane, DESK);

        clock.advance(Duration.ofSeconds(60));
        assertThat(admissions.heartbeat(admitted.id(), false)).isEqualTo(HeartbeatReply.CONTINUE);
        clock.advance(Duration.ofSeconds(60));
        assertThat(admissions.heartbeat(admitted.id(), false)).isEqualTo(HeartbeatReply.CONTINUE);
        assertThat(openSessionOf(jane)).satisfies(session -> {
            assertThat(session.live()).isTrue();
            assertThat(session.idleSeconds()).isEqualTo(120);
        });

        clock.advance(Duration.ofSeconds(10));
        assertThat(admissions.heartbeat(admitted.id(), true)).isEqualTo(HeartbeatReply.CONTINUE);
        clock.advance(Duration.ofSeconds(5));
        assertThat(openSessionOf(jane)).satisfies(session -> {
            assertThat(session.lastActivity()).isEqualTo(clock.instant().minusSeconds(5));
            assertThat(session.idleSeconds()).isEqualTo(5);
        });
        // Still live after 2 minutes thanks to the heartbeats: a new sign-in is refused.
        assertThatThrownBy(() -> admissions.admit(jane, LAPTOP)).hasMessageContaining("One session per account");
    }

    @Test
    void a_session_without_heartbeats_for_the_threshold_is_listed_as_stale() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        admissions.admit(jane, DESK);
        clock.advance(policies.current().staleAfter().minusSeconds(1));
        assertThat(openSessionOf(jane).live()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(openSessionOf(jane)).satisfies(session -> {
            assertThat(session.stale()).isTrue();
            assertThat(session.idleSeconds())
                    .isEqualTo(policies.current().staleAfter().toSeconds());
        });
    }

    @Test
    void a_heartbeat_for_an_ended_session_tells_the_client_to_sign_out() {
        AdmittedSession admitted = admissions.admit(applicant("jane", AdmissionClass.STANDARD), DESK);
        admissions.end(admitted.id(), EndReason.CLOSED_BY_ADMINISTRATOR);
        assertThat(admissions.heartbeat(admitted.id(), true)).isEqualTo(HeartbeatReply.ENDED);
        assertThat(admissions.heartbeat(new SessionId(Long.MAX_VALUE), false)).isEqualTo(HeartbeatReply.ENDED);
    }

    @Test
    void simultaneous_sign_ins_of_one_account_open_exactly_one_session_and_take_one_seat() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);

        Race.Outcomes<AdmittedSession> outcomes = Race.run(
                10, i -> () -> admissions.admit(jane, ClientDetails.portal("10.0.1." + i, "Firefox", "node-" + i)));

        assertThat(outcomes.values()).hasSize(1);
        assertThat(outcomes.thrownOnly(RefusedException.class))
                .hasSize(9)
                .allSatisfy(
                        refusal -> assertThat(refusal.getMessage()).containsIgnoringCase("one session per account"));
        assertThat(openSessions(jane)).hasSize(1);
        assertThat(seatPools.snapshot().fullAccess().inUse()).isEqualTo(1);
    }

    @Test
    void an_administrator_closes_a_stale_session_and_its_seat_is_freed() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        AdmittedSession admitted = admissions.admit(jane, DESK);
        clock.advance(policies.current().staleAfter());

        as("admin", "ADMIN", () -> {
            sessions.closeStale(admitted.id());
            return null;
        });

        assertThat(endReason(admitted.id())).isEqualTo("CLOSED_BY_ADMINISTRATOR");
        assertThat(seatPools.snapshot().fullAccess().inUse()).isZero();
        assertThat(events.stream(org.seatkeeper.shared.AdministrativeChange.class))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.actor()).isEqualTo("admin");
                    assertThat(change.what()).isEqualTo("Session closed");
                    assertThat(change.subject()).contains(jane.username());
                });
        assertThat(admissions.heartbeat(admitted.id(), false)).isEqualTo(HeartbeatReply.ENDED);
    }

    @Test
    void closing_a_live_session_is_refused_because_its_tab_is_still_open() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        AdmittedSession admitted = admissions.admit(jane, DESK);
        clock.advance(Duration.ofSeconds(20));

        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
                    sessions.closeStale(admitted.id());
                    return null;
                }))
                .isInstanceOf(RefusedException.class)
                .hasMessage("Jane Example's session is still live: the portal at 10.0.0.7 on node-1"
                        + " sent a heartbeat 20 s ago, so the tab is still open. Ask them to sign out instead.");
        assertThat(openSessions(jane)).hasSize(1);
        assertThat(seatPools.snapshot().fullAccess().inUse()).isEqualTo(1);
    }

    @Test
    void closing_an_ended_session_is_refused() {
        AdmittedSession admitted = admissions.admit(applicant("jane", AdmissionClass.STANDARD), DESK);
        admissions.end(admitted.id(), EndReason.SIGNED_OUT);
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
                    sessions.closeStale(admitted.id());
                    return null;
                }))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("already ended");
    }

    @Test
    void a_user_asked_to_sign_out_is_told_so_by_the_next_heartbeat() {
        Applicant jane = applicant("jane", AdmissionClass.STANDARD);
        AdmittedSession admitted = admissions.admit(jane, DESK);

        as("admin", "ADMIN", () -> {
            sessions.requestSignOut(admitted.id());
            return null;
        });

        assertThat(events.stream(SignOutRequested.class))
                .singleElement()
                .satisfies(requested -> assertThat(requested.requestedBy()).isEqualTo("admin"));
        assertThat(openSessionOf(jane).signOutRequested()).isTrue();
        assertThat(admissions.heartbeat(admitted.id(), false)).isEqualTo(HeartbeatReply.SIGN_OUT_REQUESTED);
        admissions.end(admitted.id(), EndReason.SIGNED_OUT);
        assertThat(admissions.heartbeat(admitted.id(), false)).isEqualTo(HeartbeatReply.ENDED);
    }

    @Test
    void idle_sessions_end_after_the_timeout_and_free_their_seats_while_active_ones_stay() {
        Applicant idle = applicant("idle", AdmissionClass.STANDARD);
        Applicant busy = applicant("busy", AdmissionClass.VIEW_ONLY);
        AdmittedSession idleSession = admissions.admit(idle, DESK);
        AdmittedSession busySession = admissions.admit(busy, LAPTOP);
        clock.advance(Duration.ofMinutes(20));
        admissions.heartbeat(idleSession.id(), false);
        admissions.heartbeat(busySession.id(), true);
        clock.advance(Duration.ofMinutes(10));
        assertThat(admissions.endIdleSessions(Duration.ofMinutes(30)))
                .as("a portal session gets one heartbeat interval more: its tab's countdown ends it on time")
                .isZero();
        clock.advance(Duration.ofSeconds(15));

        assertThat(admissions.endIdleSessions(Duration.ofMinutes(30))).isEqualTo(1);

        assertThat(endReason(idleSession.id())).isEqualTo("IDLE_TIMEOUT");
        assertThat(openSessions(busy)).hasSize(1);
        assertThat(seatPools.snapshot().remainingFigures()).isEqualTo("F: 3 remaining, V: 4 remaining, R: 1 remaining");
        assertThat(admissions.endIdleSessions(Duration.ofMinutes(30))).isZero();
    }

    @Test
    void lowering_a_pool_below_its_use_is_refused_naming_who_holds_the_seats() {
        Applicant ann = applicant("ann", AdmissionClass.VIEW_ONLY);
        Applicant bob = applicant("bob", AdmissionClass.VIEW_ONLY);
        admissions.admit(ann, DESK);
        // holders are named in sign-in order: two sign-ins at the same instant would have none
        clock.advance(Duration.ofSeconds(1));
        admissions.admit(bob, LAPTOP);

        assertThatThrownBy(() ->
                        as("vendor", "SUPPORT", () -> seatPools.setCapacity(ConcurrentPool.VIEW_ONLY, 1, "Shrink")))
                .isInstanceOf(RefusedException.class)
                .hasMessage("The View-only pool cannot be set to 1: 2 of its 5 seats are in use now, held by "
                        + ann.username() + " (Ann Example), " + bob.username() + " (Bob Example).");
    }

    @Test
    @WithMockUser(roles = "USER")
    void only_administrators_list_sessions() {
        assertThatThrownBy(() -> sessions.open()).isInstanceOf(AccessDeniedException.class);
    }

    private Applicant applicant(String name, AdmissionClass admissionClass) {
        long id = NEXT_USER_ID.incrementAndGet();
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new Applicant(id, name + "-" + id, capitalised + " Example", admissionClass);
    }

    private List<OpenSession> openSessions(Applicant applicant) {
        return asAdministrator(() -> sessions.open().stream()
                .filter(session -> session.userId() == applicant.userId())
                .toList());
    }

    private OpenSession openSessionOf(Applicant applicant) {
        List<OpenSession> open = openSessions(applicant);
        assertThat(open).hasSize(1);
        return open.getFirst();
    }

    private String endReason(SessionId id) {
        return jdbc.queryForObject("SELECT end_reason FROM user_session WHERE id = ?", String.class, id.value());
    }

    private <T> T asAdministrator(java.util.function.Supplier<T> action) {
        return as("admin", "ADMIN", action);
    }

    private <T> T as(String username, String role, java.util.function.Supplier<T> action) {
        SecurityContext previous = securityContext.getContext();
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_" + role));
        securityContext.setContext(context);
        try {
            return action.get();
        } finally {
            securityContext.setContext(previous);
        }
    }
}
