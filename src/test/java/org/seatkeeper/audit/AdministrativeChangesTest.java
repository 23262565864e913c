package org.seatkeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seatkeeper.alerts.AlertRule;
import org.seatkeeper.alerts.UsageAlerts;
import org.seatkeeper.directory.ConcurrentClass;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.directory.MyAccountService;
import org.seatkeeper.directory.ProfileAdministration;
import org.seatkeeper.directory.ProfileData;
import org.seatkeeper.directory.Role;
import org.seatkeeper.directory.SetupLists;
import org.seatkeeper.directory.UserAdministration;
import org.seatkeeper.directory.UserData;
import org.seatkeeper.lockout.LockedSignIn;
import org.seatkeeper.lockout.LockoutSettings;
import org.seatkeeper.lockout.SignInLockouts;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.SessionPolicies;
import org.seatkeeper.sessions.SessionPolicy;
import org.seatkeeper.sessions.Sessions;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.seatkeeper.testing.DirectoryScene;
import org.seatkeeper.testing.TestClock;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Rule 12: every kind of administrative change, made through the service an administrator's screen
 * uses, leaves exactly one row in the administration log saying who made it, when, what, of what, and
 * the state before and after. The scene is set first and the log emptied; then the one change is made
 * at a known instant of the test clock.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
class AdministrativeChangesTest {

    final Texts texts = new Texts();

    static final String ADMIN = "alice";
    static final String SUPPORT = "vendor";
    static final String PASSWORD = DirectoryScene.PASSWORD;
    /** Pat Moss as the log describes her, active and holding position Nurse 1. */
    static final String PAT_MOSS = """
            name: Pat Moss
            username: pmoss
            password: set
            email: pmoss@example.org
            role: User
            profile: Documents only (Full; modules: Documents)
            business area: Ward 1 unit / Ward 1
            position: Nurse 1
            concurrent seats: Full-access
            status: active
            valid until: no end date""";
    /** Inactive: she holds no position (seed 003: deactivating frees it for a successor). */
    static final String PAT_MOSS_INACTIVE =
            PAT_MOSS.replace("position: Nurse 1", "position: none").replace("status: active", "status: inactive");

    static final String READERS = "name: Readers\nlicence type: Read-Train\nmodules: Documents";

    @Autowired
    DirectoryScene scene;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AdministrationLog log;

    @Autowired
    UserAdministration directory;

    @Autowired
    ProfileAdministration profiles;

    @Autowired
    SetupLists setup;

    @Autowired
    LicencePots pots;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    Admissions admissions;

    @Autowired
    Sessions sessions;

    @Autowired
    SessionPolicies policies;

    @Autowired
    ApiClients apiClients;

    @Autowired
    UsageAlerts alerts;

    @Autowired
    SignInLockouts lockouts;

    long documentsOnly;
    long ward;

    /** One kind of change: the scene and the change, returning what the log must then say. */
    record Kind(String name, Function<AdministrativeChangesTest, Logged> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What the one log row must say. */
    record Logged(String actor, String what, String subject, String before, String after, String reason) {
        Logged(String actor, String what, String subject, String before, String after) {
            this(actor, what, subject, before, after, null);
        }
    }

    @BeforeEach
    void aWardAProfileAndTheRealTime() {
        clock.reset();
        ward = scene.area("Ward 1");
        documentsOnly = scene.profile("Documents only", "Full", "Documents");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void every_kind_of_administrative_change_is_logged_with_who_when_what_before_and_after(Kind kind) {
        Logged expected = kind.change().apply(this);

        List<AdminChangeRow> rows = as(ADMIN, "ADMIN", () -> log.page(AdminChangeFilter.ALL, PageRequest.of(0, 10)));
        assertThat(rows).as("one log row for one change").singleElement().satisfies(row -> {
            assertThat(row.actor()).as("who").isEqualTo(expected.actor());
            assertThat(row.at()).as("when").isEqualTo(clock.instant());
            assertThat(row.what().in(texts, Language.ENGLISH)).as("what").isEqualTo(expected.what());
            assertThat(row.what().code()).as("what, stored as a code").isNotNull();
            assertThat(row.subject()).as("of what").isEqualTo(expected.subject());
            assertThat(row.before()).as("before").isEqualTo(expected.before());
            assertThat(row.after()).as("after").isEqualTo(expected.after());
            assertThat(row.reason()).as("reason").isEqualTo(expected.reason());
        });
    }

    /**
     * A kind added to the code without a case above fails here: every change name the main code hands to
     * the administration log ({@code log.changed("...")}, {@code new AdministrativeChange(..., "...")}, or
     * the {@code what} of a password change) must be one of the kinds tested.
     */
    @Test
    void every_kind_published_in_the_code_is_among_the_kinds_tested() throws IOException {
        Set<String> tested =
                everyKind().map(kind -> kind.name().split(" \\(")[0]).collect(Collectors.toSet());

        assertThat(publishedKinds())
                .isNotEmpty()
                .allSatisfy(published -> assertThat(tested).contains(published));
    }

    /**
     * The log reads a change's subject and records in the reader's words through {@link ChangeVocabulary}
     * (docs/decisions/0029-log-codes-and-arguments.md): a kind of change whose subject, field names or
     * fixed values it does not know would show English to a Swedish reader, and fails here.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void every_kind_of_change_is_written_in_words_the_log_can_read_in_every_language(Kind kind) {
        kind.change().apply(this);

        AdminChangeRow row = as(ADMIN, "ADMIN", () -> log.page(AdminChangeFilter.ALL, PageRequest.of(0, 10)))
                .getFirst();
        assertThat(ChangeVocabulary.knows(row.subject()))
                .as("the kind of subject of \"" + row.subject() + "\"")
                .isTrue();
        for (String record : Stream.of(row.before(), row.after())
                .filter(text -> text != null)
                .toList()) {
            assertThat(wordsNotKnown(record)).as("in \"" + record + "\"").isEmpty();
        }
    }

    /** The fields whose values are all ours (never a name or figure of the customer's). */
    static final Set<String> FIXED_FIELDS = Set.of(
            "password", "role", "concurrent seats", "status", "webhook secret", "high use alert", "refusal alert");
    /** The names the scenes give, which records of their own hold as they are. */
    static final Set<String> SCENE_NAMES = Set.of(
            "Nurse 2",
            "Nurse 3",
            "Never held",
            "Ward 1 unit / Ward 1",
            "Ward 1 unit / Ward 2",
            "Ward 1 unit / Theatre",
            "Contractor");

    /** The field names, the values of fixed fields, and the parts of a record of its own not in the vocabulary. */
    private static List<String> wordsNotKnown(String record) {
        Map<String, String> fields = ChangedFields.fields(record);
        if (fields != null) {
            return fields.entrySet().stream()
                    .filter(field -> !ChangeVocabulary.knowsField(field.getKey())
                            || FIXED_FIELDS.contains(field.getKey())
                                    && !ChangeVocabulary.knowsValue(field.getKey(), field.getValue()))
                    .map(field -> field.getKey() + ": " + field.getValue())
                    .toList();
        }
        return record.lines()
                .flatMap(line -> ChangedFields.parts(line).stream())
                .filter(part -> part.chars().anyMatch(Character::isLetter))
                .filter(part -> !SCENE_NAMES.contains(part) && !ChangeVocabulary.knowsValue(null, part))
                .toList();
    }

    static Stream<Kind> everyKind() {
        return Stream.of(
                // users
                new Kind("User created", t -> t.userCreated()),
                new Kind("User changed", t -> t.userChanged()),
                new Kind("User activated", t -> t.userActivated()),
                new Kind("User deactivated", t -> t.userDeactivated()),
                new Kind("Password set", t -> t.passwordSet()),
                new Kind("Password generated", t -> t.passwordGenerated()),
                new Kind("Password removed", t -> t.passwordRemoved()),
                new Kind("Valid until changed", t -> t.validUntilChanged()),
                new Kind("User deleted", t -> t.userDeleted()),
                new Kind("User restored", t -> t.userRestored()),
                new Kind("Own password changed", t -> t.ownPasswordChanged()),
                // profiles
                new Kind("Profile created", t -> t.profileCreated()),
                new Kind("Profile changed", t -> t.profileChanged()),
                new Kind("Profile deleted", t -> t.profileDeleted()),
                // setup lists
                new Kind("Position created", t -> t.positionCreated()),
                new Kind("Position renamed", t -> t.positionRenamed()),
                new Kind("Position disabled", t -> t.positionEnabled(false)),
                new Kind("Position enabled", t -> t.positionEnabled(true)),
                new Kind("Position deleted", t -> t.positionDeleted()),
                new Kind("Business area created (primary)", t -> t.primaryAreaCreated()),
                new Kind("Business area created (secondary)", t -> t.secondaryAreaCreated()),
                new Kind("Business area renamed", t -> t.areaRenamed()),
                new Kind("Business area disabled", t -> t.areaEnabled(false)),
                new Kind("Business area enabled", t -> t.areaEnabled(true)),
                new Kind("Business area deleted", t -> t.areaDeleted()),
                new Kind("Module created", t -> t.moduleCreated()),
                new Kind("Licence type created", t -> t.licenceTypeCreated()),
                // capacities, by support
                new Kind("Pot capacity changed", t -> t.potCapacityChanged()),
                new Kind("Concurrent capacity changed", t -> t.poolCapacityChanged()),
                new Kind("Administrator limit changed", t -> t.administratorLimitChanged()),
                // sessions and their settings
                new Kind("Session closed (one stale session)", t -> t.staleSessionClosed()),
                new Kind("Session closed (all stale sessions)", t -> t.allStaleSessionsClosed()),
                new Kind("Sign-out requested", t -> t.signOutRequested()),
                new Kind("Session settings changed", t -> t.sessionSettingsChanged()),
                // sign-in protection
                new Kind("Sign-in protection changed", t -> t.signInProtectionChanged()),
                new Kind("Sign-in unlocked", t -> t.signInUnlocked()),
                // connected applications
                new Kind("API client registered", t -> t.apiClientRegistered()),
                new Kind("API client revoked", t -> t.apiClientRevoked()),
                // usage alerts
                new Kind("Alert rule changed", t -> t.alertRuleChanged()),
                new Kind("Alert destinations changed", t -> t.alertDestinationsChanged()));
    }

    // ---------------------------------------------------------------- users

    Logged userCreated() {
        long position = scene.position("Nurse 2");
        at();
        admin(() -> directory.create(
                new UserData(
                        "Pat",
                        "New",
                        "pnew@example.org",
                        "pnew",
                        Role.USER,
                        documentsOnly,
                        ward,
                        position,
                        ConcurrentClass.STANDARD,
                        null),
                PASSWORD));
        return new Logged(
                ADMIN,
                "User created",
                "user pnew (Pat New)",
                null,
                PAT_MOSS.replace("Pat Moss", "Pat New").replace("pmoss", "pnew").replace("Nurse 1", "Nurse 2"));
    }

    Logged userChanged() {
        long pat = patMoss(true);
        long version = admin(() -> directory.load(pat).version());
        at();
        admin(() -> {
            directory.update(
                    pat,
                    version,
                    new UserData(
                            "Patricia",
                            "Moss",
                            "pmoss@example.org",
                            "pmoss",
                            Role.USER,
                            documentsOnly,
                            ward,
                            positionOf(pat),
                            ConcurrentClass.STANDARD,
                            null));
            return null;
        });
        return new Logged(
                ADMIN,
                "User changed",
                "user pmoss (Patricia Moss)",
                PAT_MOSS,
                PAT_MOSS.replace("Pat Moss", "Patricia Moss"));
    }

    Logged userActivated() {
        long pat = patMoss(false);
        at();
        admin(() -> {
            directory.activate(pat);
            return null;
        });
        return new Logged(
                ADMIN,
                "User activated",
                "user pmoss (Pat Moss)",
                PAT_MOSS_INACTIVE,
                PAT_MOSS.replace("position: Nurse 1", "position: none"));
    }

    Logged userDeactivated() {
        long pat = patMoss(true);
        at();
        admin(() -> {
            directory.deactivate(pat);
            return null;
        });
        return new Logged(ADMIN, "User deactivated", "user pmoss (Pat Moss)", PAT_MOSS, PAT_MOSS_INACTIVE);
    }

    Logged passwordSet() {
        long pat = users.add("pmoss")
                .named("Pat", "Moss")
                .profile(documentsOnly)
                .area(ward)
                .insert();
        at();
        admin(() -> {
            directory.setPassword(pat, "a-password-of-length");
            return null;
        });
        return new Logged(ADMIN, "Password set", "user pmoss (Pat Moss)", "no password", "has a new password");
    }

    Logged passwordGenerated() {
        long pat = patMoss(true);
        at();
        admin(() -> directory.generatePassword(pat));
        return new Logged(ADMIN, "Password generated", "user pmoss (Pat Moss)", "has a password", "has a new password");
    }

    Logged passwordRemoved() {
        long pat = patMoss(true);
        at();
        admin(() -> {
            directory.removePassword(pat);
            return null;
        });
        return new Logged(ADMIN, "Password removed", "user pmoss (Pat Moss)", "has a password", "no password");
    }

    Logged validUntilChanged() {
        long pat = patMoss(true);
        LocalDate lastDay = LocalDate.now(clock).plusDays(30);
        at();
        admin(() -> {
            directory.setValidUntil(pat, lastDay);
            return null;
        });
        return new Logged(ADMIN, "Valid until changed", "user pmoss (Pat Moss)", "no end date", lastDay.toString());
    }

    Logged userDeleted() {
        long pat = patMoss(true);
        at();
        admin(() -> {
            directory.delete(pat);
            return null;
        });
        return new Logged(ADMIN, "User deleted", "user pmoss (Pat Moss)", PAT_MOSS, null);
    }

    Logged userRestored() {
        long pat = patMoss(true);
        jdbc.update("UPDATE app_user SET deleted_at = CURRENT_TIMESTAMP(3) WHERE id = ?", pat);
        at();
        admin(() -> {
            directory.restore(pat);
            return null;
        });
        return new Logged(
                ADMIN,
                "User restored",
                "user pmoss (Pat Moss)",
                PAT_MOSS.replace("status: active", "status: deleted"),
                PAT_MOSS);
    }

    Logged ownPasswordChanged() {
        patMoss(true);
        at();
        as("pmoss", "USER", () -> {
            myAccount.changePassword(PASSWORD, "a-brand-new-password");
            return null;
        });
        return new Logged("pmoss", "Own password changed", "user pmoss (Pat Moss)", "old password", "new password");
    }

    // ---------------------------------------------------------------- profiles

    Logged profileCreated() {
        at();
        admin(() -> profiles.create(
                new ProfileData("Readers", scene.typeId("Read-Train"), Set.of(scene.moduleId("Documents")))));
        return new Logged(ADMIN, "Profile created", "profile Readers", null, READERS);
    }

    Logged profileChanged() {
        long readers = scene.profile("Readers", "Read-Train", "Documents");
        long version = admin(() -> profiles.load(readers).version());
        at();
        admin(() -> {
            profiles.update(
                    readers,
                    version,
                    new ProfileData(
                            "Readers",
                            scene.typeId("Read-Train"),
                            Set.of(scene.moduleId("Documents"), scene.moduleId("Cases"))));
            return null;
        });
        return new Logged(
                ADMIN,
                "Profile changed",
                "profile Readers",
                READERS,
                READERS.replace("modules: Documents", "modules: Cases, Documents"));
    }

    Logged profileDeleted() {
        long readers = scene.profile("Readers", "Read-Train", "Documents");
        at();
        admin(() -> {
            profiles.delete(readers);
            return null;
        });
        return new Logged(ADMIN, "Profile deleted", "profile Readers", READERS, null);
    }

    // ---------------------------------------------------------------- setup lists

    Logged positionCreated() {
        at();
        admin(() -> setup.createPosition("Nurse 2"));
        return new Logged(ADMIN, "Position created", "position Nurse 2", null, "Nurse 2");
    }

    Logged positionRenamed() {
        long position = scene.position("Nurse 2");
        at();
        admin(() -> {
            setup.renamePosition(position, "Nurse 3");
            return null;
        });
        return new Logged(ADMIN, "Position renamed", "position Nurse 3", "Nurse 2", "Nurse 3");
    }

    Logged positionEnabled(boolean enabled) {
        long position = scene.position("Nurse 2");
        jdbc.update("UPDATE job_position SET enabled = ? WHERE id = ?", !enabled, position);
        at();
        admin(() -> {
            setup.setPositionEnabled(position, enabled);
            return null;
        });
        return new Logged(
                ADMIN,
                enabled ? "Position enabled" : "Position disabled",
                "position Nurse 2",
                enabled ? "disabled" : "enabled",
                enabled ? "enabled" : "disabled");
    }

    Logged positionDeleted() {
        long position = scene.position("Never held");
        at();
        admin(() -> {
            setup.deletePosition(position);
            return null;
        });
        return new Logged(ADMIN, "Position deleted", "position Never held", "Never held", null);
    }

    Logged primaryAreaCreated() {
        at();
        admin(() -> setup.createPrimaryBusinessArea("Clinical"));
        return new Logged(
                ADMIN, "Business area created", "business area Clinical", null, "Clinical (with secondary All)");
    }

    Logged secondaryAreaCreated() {
        long primary = primaryOf(ward);
        at();
        admin(() -> setup.createSecondaryBusinessArea(primary, "Theatre"));
        return new Logged(
                ADMIN, "Business area created", "business area Ward 1 unit / Theatre", null, "Ward 1 unit / Theatre");
    }

    Logged areaRenamed() {
        at();
        admin(() -> {
            setup.renameBusinessArea(ward, "Ward 2");
            return null;
        });
        return new Logged(
                ADMIN,
                "Business area renamed",
                "business area Ward 1 unit / Ward 2",
                "Ward 1 unit / Ward 1",
                "Ward 1 unit / Ward 2");
    }

    Logged areaEnabled(boolean enabled) {
        jdbc.update("UPDATE business_area SET enabled = ? WHERE id = ?", !enabled, ward);
        at();
        admin(() -> {
            setup.setBusinessAreaEnabled(ward, enabled);
            return null;
        });
        return new Logged(
                ADMIN,
                enabled ? "Business area enabled" : "Business area disabled",
                "business area Ward 1 unit / Ward 1",
                enabled ? "disabled" : "enabled",
                enabled ? "enabled" : "disabled");
    }

    Logged areaDeleted() {
        at();
        admin(() -> {
            setup.deleteBusinessArea(ward);
            return null;
        });
        return new Logged(
                ADMIN, "Business area deleted", "business area Ward 1 unit / Ward 1", "Ward 1 unit / Ward 1", null);
    }

    Logged moduleCreated() {
        at();
        support(() -> setup.createModule("Risk"));
        return new Logged(SUPPORT, "Module created", "module Risk", null, "Risk (pot capacity 0)");
    }

    Logged licenceTypeCreated() {
        at();
        support(() -> setup.createLicenceType("Contractor", true, false));
        return new Logged(
                SUPPORT,
                "Licence type created",
                "licence type Contractor",
                null,
                "Contractor, can log in, pot capacity 0");
    }

    // ---------------------------------------------------------------- capacities

    Logged potCapacityChanged() {
        scene.capacity(scene.modulePot("Documents"), 10);
        at();
        support(() -> {
            pots.changeCapacity(scene.modulePot("Documents"), 12, "contract 2027");
            return null;
        });
        return new Logged(SUPPORT, "Pot capacity changed", "pot Documents", "10", "12", "contract 2027");
    }

    Logged poolCapacityChanged() {
        jdbc.update("UPDATE concurrent_pool_capacity SET capacity = 5 WHERE kind = 'FULL_ACCESS'");
        at();
        support(() -> {
            pots.changePoolCapacity(ConcurrentPool.FULL_ACCESS, 7, "more seats");
            return null;
        });
        return new Logged(SUPPORT, "Concurrent capacity changed", "pool Full-access", "5", "7", "more seats");
    }

    Logged administratorLimitChanged() {
        jdbc.update("UPDATE directory_setting SET int_value = 5 WHERE name = 'ADMINISTRATOR_LIMIT'");
        at();
        support(() -> {
            pots.changeAdministratorLimit(6, "second site");
            return null;
        });
        return new Logged(SUPPORT, "Administrator limit changed", "administrator accounts", "5", "6", "second site");
    }

    // ---------------------------------------------------------------- sessions

    Logged staleSessionClosed() {
        AdmittedSession jane = janeSignedIn();
        clock.advance(policies.current().staleAfter());
        at();
        admin(() -> {
            sessions.closeStale(jane.id());
            return null;
        });
        return new Logged(
                ADMIN,
                "Session closed",
                "session " + jane.id().value() + " of jdoe (Jane Doe)",
                "open since " + jane.loginTime() + ", Full access seat",
                "ended, seat freed");
    }

    Logged allStaleSessionsClosed() {
        AdmittedSession jane = janeSignedIn();
        clock.advance(policies.current().staleAfter());
        at();
        admin(() -> sessions.closeAllStale());
        return new Logged(
                ADMIN,
                "Session closed",
                "session " + jane.id().value() + " of jdoe (Jane Doe)",
                "open, stale",
                "closed");
    }

    Logged signOutRequested() {
        AdmittedSession jane = janeSignedIn();
        at();
        admin(() -> {
            sessions.requestSignOut(jane.id());
            return null;
        });
        return new Logged(
                ADMIN,
                "Sign-out requested",
                "session " + jane.id().value() + " of jdoe (Jane Doe)",
                "open",
                "sign-out requested");
    }

    Logged sessionSettingsChanged() {
        SessionPolicy current = policies.current();
        at();
        admin(() -> policies.change(new SessionPolicy(
                Duration.ofSeconds(120), Duration.ofMinutes(45), true, Duration.ofSeconds(90), current.version())));
        return new Logged(
                ADMIN,
                "Session settings changed",
                "session settings",
                "stale after 90 s, idle timeout 30 min, auto timeout enabled, warning 60 s before",
                "stale after 120 s, idle timeout 45 min, auto timeout disabled, warning 90 s before");
    }

    // ---------------------------------------------------------------- sign-in protection

    Logged signInProtectionChanged() {
        LockoutSettings current = admin(() -> lockouts.settings());
        at();
        admin(() -> lockouts.change(new LockoutSettings(
                8,
                Duration.ofSeconds(120),
                Duration.ofSeconds(1800),
                Duration.ofMinutes(60),
                50,
                Duration.ofMinutes(15),
                Duration.ofSeconds(600),
                current.version())));
        return new Logged(
                ADMIN,
                "Sign-in protection changed",
                "sign-in protection",
                "lock after 5 failures, first lock 60 s, longest 900 s, failures forgotten after 720 min\n"
                        + "address paused after 30 failures in 10 min, for 300 s",
                "lock after 8 failures, first lock 120 s, longest 1800 s, failures forgotten after 60 min\n"
                        + "address paused after 50 failures in 15 min, for 600 s");
    }

    Logged signInUnlocked() {
        for (int failure = 0; failure < 5; failure++) {
            lockouts.failed("pmoss", "10.0.0.77");
        }
        LockedSignIn lock = admin(() -> lockouts.locked()).getFirst();
        at();
        admin(() -> {
            lockouts.unlock(lock);
            return null;
        });
        return new Logged(
                ADMIN,
                "Sign-in unlocked",
                "username pmoss",
                "locked until "
                        + DateTimeFormatter.ISO_INSTANT.format(
                                lock.until().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                        + " after failed sign-ins",
                "unlocked");
    }

    // ---------------------------------------------------------------- usage alerts

    Logged alertRuleChanged() {
        AlertRule current = admin(() -> alerts.rules().getFirst());
        at();
        admin(() -> alerts.changeRules(
                List.of(new AlertRule(ConcurrentPool.FULL_ACCESS, true, 100, 10, false, current.version()))));
        return new Logged(
                ADMIN,
                "Alert rule changed",
                "alert rules of Full-access",
                "high use alert: on\nshare of capacity: 90 %\nfor: 5 min\nrefusal alert: on",
                "high use alert: on\nshare of capacity: 100 %\nfor: 10 min\nrefusal alert: off");
    }

    Logged alertDestinationsChanged() {
        at();
        admin(() -> alerts.changeDestinations(
                "https://hooks.example.org/seatkeeper", "sixteen-characters-or-more", "it@example.org", 0));
        return new Logged(
                ADMIN,
                "Alert destinations changed",
                "alert destinations",
                "webhook: none\nwebhook secret: none\nemail recipients: none",
                "webhook: https://hooks.example.org/seatkeeper\nwebhook secret: replaced\nemail recipients: it@example.org");
    }

    // ---------------------------------------------------------------- connected applications

    Logged apiClientRegistered() {
        LocalDate lastDay = LocalDate.now(clock).plusDays(90);
        at();
        admin(() -> apiClients.register("Records app", "Case records", lastDay));
        String hint = jdbc.queryForObject("SELECT token_hint FROM api_client WHERE name = 'Records app'", String.class);
        assertThat(hint).startsWith("skt_");
        return new Logged(
                ADMIN,
                "API client registered",
                "API client Records app",
                null,
                "token " + hint + ", valid until " + lastDay);
    }

    Logged apiClientRevoked() {
        long id = admin(() -> apiClients.register("Records app", null, null)).id();
        at();
        admin(() -> {
            apiClients.revoke(id);
            return null;
        });
        return new Logged(ADMIN, "API client revoked", "API client Records app", "token accepted", "token revoked");
    }

    // ---------------------------------------------------------------- the scene

    /** The change is made one second on, after the scene's own log rows (if any) were cleared. */
    private void at() {
        jdbc.update("DELETE FROM admin_change_log");
        clock.advance(Duration.ofSeconds(1));
    }

    /** Pat Moss, a nurse of Ward 1 with a password and "Documents only"; while active, position Nurse 1. */
    private long patMoss(boolean active) {
        return users.add("pmoss")
                .named("Pat", "Moss")
                .password(PASSWORD)
                .profile(documentsOnly)
                .area(ward)
                .position(active ? scene.position("Nurse 1") : null)
                .active(active)
                .insert();
    }

    private AdmittedSession janeSignedIn() {
        return admissions.admit(
                new Applicant(4242, "jdoe", "Jane Doe", AdmissionClass.STANDARD),
                ClientDetails.portal("10.0.0.4", "Firefox", "node-a"));
    }

    private long positionOf(long user) {
        return jdbc.queryForObject("SELECT position_id FROM app_user WHERE id = ?", Long.class, user);
    }

    private long primaryOf(long area) {
        return jdbc.queryForObject("SELECT parent_id FROM business_area WHERE id = ?", Long.class, area);
    }

    private <T> T admin(Supplier<T> task) {
        return as(ADMIN, "ADMIN", task);
    }

    private <T> T support(Supplier<T> task) {
        return as(SUPPORT, "SUPPORT", task);
    }

    private <T> T as(String username, String role, Supplier<T> task) {
        List<String> roles = switch (role) {
            case "SUPPORT" -> List.of("ROLE_SUPPORT", "ROLE_ADMIN", "ROLE_USER");
            case "ADMIN" -> List.of("ROLE_ADMIN", "ROLE_USER");
            default -> List.of("ROLE_USER");
        };
        return currentUser.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList(roles)),
                task);
    }

    /**
     * The change names in the main code: the first string of every {@code log.changed(...)} (both sides
     * of a {@code cond ? "..." : "..."}), the third argument of every {@code new AdministrativeChange(...)},
     * and the names handed to {@code givePassword(..., "...")}.
     */
    private static Set<String> publishedKinds() throws IOException {
        Pattern logged =
                Pattern.compile("log\\.changed\\(\\s*(?:[\\w.]+\\s*\\?\\s*)?\"([^\"]+)\"(?:\\s*:\\s*\"([^\"]+)\")?");
        Pattern published = Pattern.compile("new AdministrativeChange\\([^;]*?,[^;]*?,\\s*\"([^\"]+)\"");
        Pattern passwords = Pattern.compile("givePassword\\([^;{}]*?\"([^\"]+)\"\\)");
        Set<String> kinds = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Pattern pattern : List.of(logged, published, passwords)) {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        for (int group = 1; group <= m.groupCount(); group++) {
                            if (m.group(group) != null) {
                                kinds.add(m.group(group));
                            }
                        }
                    }
                }
            }
        }
        return kinds;
    }
}
