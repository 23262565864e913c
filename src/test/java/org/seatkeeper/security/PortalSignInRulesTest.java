package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.audit.AccessLog;
import org.seatkeeper.audit.AccessLogFilter;
import org.seatkeeper.audit.AccessLogRow;
import org.seatkeeper.audit.AdminChangeFilter;
import org.seatkeeper.audit.AdminChangeRow;
import org.seatkeeper.audit.AdministrationLog;
import org.seatkeeper.directory.UserAdministration;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.HeartbeatReply;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.SessionPolicies;
import org.seatkeeper.sessions.Sessions;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.seatkeeper.testing.DirectoryScene;
import org.seatkeeper.testing.TestClock;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Rules 4, 5 and 6 through the portal's real sign-in (the login form's POST through the security filter
 * chain, the admission engine and the access log), with the directory's own commands for the changes.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
class PortalSignInRulesTest {

    static final String PASSWORD = DirectoryScene.PASSWORD;

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserAdministration directory;

    @Autowired
    Sessions sessions;

    @Autowired
    SessionPolicies policies;

    @Autowired
    Admissions admissions;

    @Autowired
    AccessLog accessLog;

    @Autowired
    AdministrationLog administrationLog;

    MockMvc portal;

    @BeforeEach
    void onePoolAndTheLoginForm() {
        clock.reset();
        TestPools.set(jdbc, 3, 5, 1);
        portal = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    // ---------------------------------------------------------------- rule 5

    @Test
    void deactivating_a_signed_in_user_keeps_their_open_session_until_it_ends_but_refuses_a_new_sign_in() {
        long nurse = users.add("night-nurse")
                .named("Nina", "Night")
                .password(PASSWORD)
                .insert();
        assertThat(signIn("night-nurse", PASSWORD)).as("signed in").isEqualTo("/");
        SessionId open = openSessionOf("night-nurse");

        asAdministrator(() -> {
            directory.deactivate(nurse);
            return null;
        });

        assertThat(admissions.heartbeat(open, true))
                .as("the open session goes on")
                .isEqualTo(HeartbeatReply.CONTINUE);
        assertThat(asAdministrator(sessions::open)).extracting(OpenSession::id).contains(open);
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(1);
        assertThat(signIn("night-nurse", PASSWORD))
                .as("a new sign-in is refused")
                .isEqualTo("/login?error");
        assertThat(lastAttempt("night-nurse").reason().in(new Texts(), Language.ENGLISH))
                .isEqualTo("inactive");
        assertThat(openSessionOf("night-nurse")).isEqualTo(open);

        // ... until it ends: once stale it can be closed, and its seat is free
        clock.advance(policies.current().staleAfter());
        asAdministrator(() -> {
            sessions.closeStale(open);
            return null;
        });
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, nurse))
                .as("the password is kept")
                .isEqualTo(users.hash(PASSWORD));
    }

    // ---------------------------------------------------------------- rule 4

    @Test
    void deleting_a_user_who_has_sessions_and_log_rows_keeps_their_name_in_the_history() throws Exception {
        long leaver =
                users.add("leaver").named("Lee", "Leaver").password(PASSWORD).insert();
        assertThat(signIn("leaver", "not-the-password")).isEqualTo("/login?error");
        MvcResult signedIn = signInResult("leaver", PASSWORD);
        long session = openSessionOf("leaver").value();
        portal.perform(post("/logout").with(csrf()).session((MockHttpSession)
                signedIn.getRequest().getSession(false)));
        assertThat(jdbc.queryForObject("SELECT end_reason FROM user_session WHERE id = ?", String.class, session))
                .isEqualTo("SIGNED_OUT");

        asAdministrator(() -> {
            directory.delete(leaver);
            return null;
        });

        assertThat(jdbc.queryForMap("SELECT username, display_name FROM user_session WHERE id = ?", session))
                .containsEntry("username", "leaver")
                .containsEntry("display_name", "Lee Leaver");
        assertThat(asAdministrator(
                        () -> accessLog.page(new AccessLogFilter(null, null, "leaver", null), PageRequest.of(0, 10))))
                .extracting(row -> row.reason().in(new Texts(), Language.ENGLISH))
                .contains("signed in", "bad password");
        List<AdminChangeRow> deleted = asAdministrator(() ->
                administrationLog.page(new AdminChangeFilter(null, null, null, "User deleted"), PageRequest.of(0, 10)));
        assertThat(deleted)
                .singleElement()
                .satisfies(row -> assertThat(row.subject()).isEqualTo("user leaver (Lee Leaver)"));
        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(first_name, ' ', last_name) FROM app_user WHERE id = ?", String.class, leaver))
                .isEqualTo("Lee Leaver");
        assertThat(signIn("leaver", PASSWORD))
                .as("a deleted account cannot sign in")
                .isEqualTo("/login?error");
    }

    // ---------------------------------------------------------------- rule 6

    @Test
    void a_login_less_account_signing_in_through_the_portal_is_refused_and_logged() {
        long recordsOnly =
                jdbc.queryForObject("SELECT id FROM licence_type WHERE can_log_in = FALSE LIMIT 1", Long.class);
        jdbc.update("INSERT INTO profile (name, licence_type_id) VALUES ('Training records', ?)", recordsOnly);
        long profile = jdbc.queryForObject("SELECT id FROM profile WHERE name = 'Training records'", Long.class);
        // credentials left in the database (an import, an old version): the licence type still decides
        users.add("records-keeper").password(PASSWORD).profile(profile).insert();

        assertThat(signIn("records-keeper", PASSWORD)).isEqualTo("/login?error");

        AccessLogRow attempt = lastAttempt("records-keeper");
        assertThat(attempt.success()).isFalse();
        assertThat(attempt.reason().in(new Texts(), Language.ENGLISH)).isEqualTo("no login");
        assertThat(attempt.client()).isEqualTo("Portal");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM user_session WHERE username = 'records-keeper'", Integer.class))
                .isZero();
        assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isZero();
    }

    @Test
    void inactive_and_expired_accounts_signing_in_through_the_portal_are_refused_and_logged() {
        users.add("resting").password(PASSWORD).inactive().insert();
        users.add("expired")
                .password(PASSWORD)
                .validUntil(
                        clock.instant().atZone(clock.getZone()).toLocalDate().minusDays(1))
                .insert();

        assertThat(signIn("resting", PASSWORD)).isEqualTo("/login?error");
        assertThat(signIn("expired", PASSWORD)).isEqualTo("/login?error");

        assertThat(lastAttempt("resting").reason().in(new Texts(), Language.ENGLISH))
                .isEqualTo("inactive");
        assertThat(lastAttempt("expired").reason().in(new Texts(), Language.ENGLISH))
                .isEqualTo("expired");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session", Integer.class))
                .isZero();
    }

    /** Posts the login form; returns where the portal sends the browser next. */
    private String signIn(String username, String password) {
        return signInResult(username, password).getResponse().getRedirectedUrl();
    }

    private MvcResult signInResult(String username, String password) {
        try {
            return portal.perform(formLogin("/login").user(username).password(password))
                    .andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SessionId openSessionOf(String username) {
        return new SessionId(jdbc.queryForObject(
                "SELECT id FROM user_session WHERE username = ? AND ended_at IS NULL", Long.class, username));
    }

    private AccessLogRow lastAttempt(String username) {
        return asAdministrator(() -> accessLog
                .page(new AccessLogFilter(null, null, username, null), PageRequest.of(0, 1))
                .getFirst());
    }

    private <T> T asAdministrator(Supplier<T> task) {
        return currentUser.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_USER")),
                task);
    }
}
