package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.lockout.SignInLockouts;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.SeatKind;
import org.seatkeeper.shared.NodeName;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Every portal sign-in goes through the admission engine before the session starts (rules 7-9, 11). */
@SpringBootTest
class PortalSignInTest {

    static final String PASSWORD = "correct-horse-9";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TestUsers users;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    LoginAccounts loginAccounts;

    @Autowired
    Admissions admissions;

    @Autowired
    NodeName node;

    @Autowired
    SeatRelease seatRelease;

    @Autowired
    SignInLockouts lockouts;

    PortalSignIn signIn;

    @BeforeEach
    void onePoolSeatAndTwoUsers() {
        TestPools.set(jdbc, 1, 0, 0);
        users.add("nurse-a").password(PASSWORD).insert();
        users.add("nurse-b").password(PASSWORD).insert();
        users.add("admin-b").password(PASSWORD).role("ADMIN").insert();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("10.9.8.7");
        request.addHeader("User-Agent", "Firefox/140");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        signIn = new PortalSignIn(
                SecurityConfig.passwordCheck(accounts, passwords, lockouts), loginAccounts, admissions, node);
    }

    @Test
    void a_standard_user_takes_the_free_full_access_seat_and_holds_it_in_the_authentication() {
        Authentication signedIn = signIn("nurse-a");

        PortalSeat seat = PortalSeat.of(signedIn);
        assertThat(seat.seat()).isEqualTo(SeatKind.FULL);
        assertThat(jdbc.queryForObject("SELECT in_use FROM seat_pool WHERE kind = 'FULL_ACCESS'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT ip FROM user_session WHERE id = ?",
                        String.class,
                        seat.sessionId().value()))
                .isEqualTo("10.9.8.7");
    }

    @Test
    void when_every_seat_is_taken_the_sign_in_is_refused_saying_try_again_later() {
        signIn("nurse-a");

        assertThatThrownBy(() -> signIn("nurse-b")).isInstanceOfSatisfying(SignInRefusedException.class, refused -> {
            assertThat(refused.reason()).isEqualTo("no seat");
            assertThat(refused.getMessage()).contains("All licences are in use. Try again later.", "1 of 1");
        });
    }

    @Test
    void a_second_sign_in_of_a_live_account_is_refused_saying_where_and_since_when() {
        signIn("nurse-a");

        assertThatThrownBy(() -> signIn("nurse-a")).isInstanceOfSatisfying(SignInRefusedException.class, refused -> {
            assertThat(refused.reason()).isEqualTo("already signed in");
            assertThat(refused.getMessage()).contains("10.9.8.7", node.get());
        });
    }

    @Test
    void signing_out_frees_the_seat_at_once_for_the_next_user() {
        Authentication first = signIn("nurse-a");

        seatRelease.logout(null, null, first);

        assertThat(PortalSeat.of(signIn("nurse-b")).seat()).isEqualTo(SeatKind.FULL);
    }

    @Test
    void administrators_are_exempt_and_take_no_pool_seat() {
        signIn("nurse-a");

        assertThat(PortalSeat.of(signIn("admin-b")).seat()).isEqualTo(SeatKind.EXEMPT);
        assertThat(jdbc.queryForObject("SELECT SUM(in_use) FROM seat_pool", Integer.class))
                .isEqualTo(1);
    }

    private Authentication signIn(String username) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
    }
}
