package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.audit.AccessLog;
import org.seatkeeper.audit.AccessLogFilter;
import org.seatkeeper.audit.AccessLogRow;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Every sign-in attempt reaches the access log with the reason an administrator needs (rules 6 and 12). */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class SignInAuditingTest {

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    AccessLog accessLog;

    @Autowired
    TestUsers users;

    @BeforeEach
    void aRequestFromABrowser() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("10.1.2.3");
        request.addHeader("User-Agent", "TestBrowser/1.0");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void a_successful_sign_in_is_logged_with_ip_browser_and_client() {
        assertThat(signIn("admin", "admin-test-password").isAuthenticated()).isTrue();

        assertThat(lastAttempt()).satisfies(row -> {
            assertThat(row.username()).isEqualTo("admin");
            assertThat(row.success()).isTrue();
            assertThat(row.reason().in(new Texts(), Language.ENGLISH)).isEqualTo("signed in");
            assertThat(row.ip()).isEqualTo("10.1.2.3");
            assertThat(row.browser()).isEqualTo("TestBrowser/1.0");
            assertThat(row.client()).isEqualTo("Portal");
        });
    }

    @Test
    void a_wrong_password_and_an_unknown_user_are_told_apart_in_the_log() {
        AuthenticationException wrongPassword = refused("admin", "wrong");
        assertThat(wrongPassword).isInstanceOf(BadCredentialsException.class);
        assertThat(lastAttempt().reason().in(new Texts(), Language.ENGLISH)).isEqualTo("bad password");

        AuthenticationException unknownUser = refused("nobody-by-this-name", "whatever");
        assertThat(unknownUser)
                .isInstanceOf(BadCredentialsException.class)
                .as("the refusal never reveals whether the account exists")
                .hasMessage(wrongPassword.getMessage());
        assertThat(lastAttempt()).satisfies(row -> {
            assertThat(row.username()).isEqualTo("nobody-by-this-name");
            assertThat(row.success()).isFalse();
            assertThat(row.reason().in(new Texts(), Language.ENGLISH)).isEqualTo("unknown user");
        });
    }

    @Test
    void an_inactive_account_is_refused_and_logged_as_inactive() {
        users.add("sleeper").password("pw-123456").inactive().insert();

        assertThat(refused("sleeper", "pw-123456")).isInstanceOf(DisabledException.class);

        assertThat(lastAttempt().reason().in(new Texts(), Language.ENGLISH)).isEqualTo("inactive");
    }

    @Test
    void an_inactive_account_with_a_wrong_password_is_only_told_the_password_is_wrong() {
        users.add("sleeper").password("pw-123456").inactive().insert();

        assertThat(refused("sleeper", "guess")).isInstanceOf(BadCredentialsException.class);

        assertThat(lastAttempt().reason().in(new Texts(), Language.ENGLISH)).isEqualTo("bad password");
    }

    @Test
    void an_account_past_its_valid_until_date_is_refused_and_logged_as_expired() {
        users.add("expired-one")
                .password("pw-123456")
                .validUntil(LocalDate.now().minusDays(1))
                .insert();

        assertThat(refused("expired-one", "pw-123456")).isInstanceOf(AccountExpiredException.class);

        assertThat(lastAttempt().reason().in(new Texts(), Language.ENGLISH)).isEqualTo("expired");
    }

    @Test
    void the_csv_export_starts_with_seed_003s_columns() {
        refused("admin", "wrong");
        StringWriter out = new StringWriter();

        accessLog.exportCsv(AccessLogFilter.ALL, out, Language.ENGLISH);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Username,Date and time,IP address,Outcome,Browser,Reason,Client");
        assertThat(lines.get(1))
                .startsWith("admin,")
                .contains("10.1.2.3", "Failure", "TestBrowser/1.0", "bad password");
    }

    private Authentication signIn(String username, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** The refusal; fails the test if the sign-in was accepted. */
    private AuthenticationException refused(String username, String password) {
        try {
            signIn(username, password);
        } catch (AuthenticationException refusal) {
            return refusal;
        }
        throw new AssertionError(username + " was signed in, but should have been refused");
    }

    private AccessLogRow lastAttempt() {
        return accessLog.page(AccessLogFilter.ALL, PageRequest.of(0, 1)).getFirst();
    }
}
