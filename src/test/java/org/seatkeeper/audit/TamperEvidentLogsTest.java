package org.seatkeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.SignInAttempt;
import org.seatkeeper.testing.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Rule 12's logs are tamper-evident: an edited, a removed and an added row are each found and named. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class TamperEvidentLogsTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    LogIntegrity integrity;

    @Autowired
    LogSealer sealer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SigningKey key;

    final Instant now = Instant.now();

    @BeforeEach
    void fiveAttemptsAndThreeChanges() {
        for (int i = 1; i <= 5; i++) {
            attempt("user-" + i);
        }
        for (int i = 1; i <= 3; i++) {
            change("pot " + i);
        }
    }

    @Test
    void logs_written_by_seatkeeper_are_intact() {
        LogCheck access = integrity.checkAccessLog();
        LogCheck administration = integrity.checkAdministrationLog();

        assertThat(access.intact()).as(access.summary()).isTrue();
        assertThat(access.checked()).isEqualTo(5);
        assertThat(access.summary()).isEqualTo("The access log is intact: 5 entries checked, none altered or missing.");
        assertThat(administration.intact()).as(administration.summary()).isTrue();
        assertThat(administration.checked()).isEqualTo(3);
    }

    @Test
    void an_edited_access_log_row_is_named() {
        integrity.checkAccessLog();
        long third = id("access_log", "user-3");
        jdbc.update("UPDATE access_log SET success = FALSE, reason = 'no seat' WHERE id = ?", third);

        LogCheck check = integrity.checkAccessLog();

        assertThat(check.intact()).isFalse();
        assertThat(check.entryId()).isEqualTo(third);
        assertThat(check.problem())
                .startsWith("Entry " + third + " (")
                .contains("user-3")
                .contains("was changed");
    }

    @Test
    void an_edited_administration_log_row_is_named_even_before_it_was_chained() {
        long second = id("admin_change_log", "pot 2");
        jdbc.update("UPDATE admin_change_log SET after_state = '99' WHERE id = ?", second);

        LogCheck check = integrity.checkAdministrationLog();

        assertThat(check.entryId()).isEqualTo(second);
        assertThat(check.problem()).contains("was changed");
    }

    @Test
    void a_deleted_row_in_the_middle_is_reported_before_the_entry_that_follows_it() {
        integrity.checkAccessLog();
        jdbc.update("DELETE FROM access_log WHERE id = ?", id("access_log", "user-2"));

        LogCheck check = integrity.checkAccessLog();

        assertThat(check.entryId()).isEqualTo(id("access_log", "user-3"));
        assertThat(check.problem())
                .startsWith("1 entry is missing just before entry")
                .contains("user-3");
        assertThat(check.checked()).isEqualTo(1);
    }

    @Test
    void deleted_rows_at_the_end_are_reported_after_the_last_entry_left() {
        integrity.checkAccessLog();
        jdbc.update("DELETE FROM access_log WHERE username IN ('user-4', 'user-5')");

        LogCheck check = integrity.checkAccessLog();

        assertThat(check.problem())
                .startsWith("The last 2 entries are missing, after entry")
                .contains("user-3");
        assertThat(check.entryId()).isEqualTo(id("access_log", "user-3"));
    }

    @Test
    void a_row_inserted_outside_seatkeeper_is_named_as_such() {
        integrity.checkAccessLog();
        jdbc.update("""
                INSERT INTO access_log (attempted_at, username, ip, success, reason, browser, client)
                VALUES (UTC_TIMESTAMP(3), 'intruder', '10.9.9.9', TRUE, 'signed in', NULL, 'portal')""");
        attempt("user-6");

        LogCheck check = integrity.checkAccessLog();

        assertThat(check.entryId()).isEqualTo(id("access_log", "intruder"));
        assertThat(check.problem()).contains("intruder").endsWith("was not written by Seatkeeper.");
    }

    @Test
    void a_row_inserted_with_a_made_up_signature_and_place_breaks_the_chain() {
        integrity.checkAdministrationLog();
        jdbc.update("""
                INSERT INTO admin_change_log (changed_at, actor, what, subject, row_mac, chain_seq, chain_hash)
                VALUES (UTC_TIMESTAMP(3), 'intruder', 'Capacity changed', 'pot 9', REPEAT('a', 64), 4, REPEAT('b', 64))""");
        change("pot 4");

        LogCheck check = integrity.checkAdministrationLog();

        assertThat(check.intact()).isFalse();
        assertThat(check.entryId()).isEqualTo(id("admin_change_log", "pot 9"));
        assertThat(check.problem()).contains("intruder").contains("moved or its signature replaced");
    }

    @Test
    void rows_written_by_many_threads_while_nodes_seal_form_one_unbroken_chain() {
        Race.Outcomes<Integer> outcomes = Race.run(6, i -> () -> {
            if (i < 2) {
                int sealed = 0;
                for (int round = 0; round < 20; round++) {
                    sealed += sealer.seal(ChainedLog.ACCESS);
                }
                return sealed;
            }
            for (int n = 0; n < 25; n++) {
                attempt("racer-" + i + "-" + n);
            }
            return 0;
        });

        assertThat(outcomes.thrown()).isEmpty();
        LogCheck check = integrity.checkAccessLog();
        assertThat(check.intact()).as(check.summary()).isTrue();
        assertThat(check.checked()).isEqualTo(5 + 4 * 25);
    }

    @Test
    void rows_written_before_logs_were_signed_are_signed_once_at_start_and_never_again() {
        jdbc.update("UPDATE access_log SET row_mac = NULL WHERE username = 'user-1'");
        sealer.onStart();
        assertThat(integrity.checkAccessLog().intact()).isTrue();

        jdbc.update("""
                INSERT INTO access_log (attempted_at, username, ip, success, reason, browser, client)
                VALUES (UTC_TIMESTAMP(3), 'late-intruder', NULL, TRUE, 'signed in', NULL, 'portal')""");
        sealer.onStart();

        assertThat(integrity.checkAccessLog().problem())
                .contains("late-intruder")
                .contains("not written by Seatkeeper");
    }

    @Test
    void a_coded_row_is_intact_and_a_changed_code_or_argument_is_named() {
        events.publishEvent(new SignInAttempt(
                "coded-1", now, "10.0.0.1", false, "bad password, locked for 1 min", "Firefox", "portal"));
        long coded = id("access_log", "coded-1");
        assertThat(jdbc.queryForMap("SELECT reason, reason_code, reason_args FROM access_log WHERE id = ?", coded))
                .containsEntry("reason", null)
                .containsEntry("reason_code", "bad-password+locked-for")
                .containsEntry("reason_args", "[\"1 min\"]");
        assertThat(integrity.checkAccessLog().intact()).isTrue();

        jdbc.update("UPDATE access_log SET reason_args = '[\"9 min\"]' WHERE id = ?", coded);
        LogCheck argument = integrity.checkAccessLog();
        jdbc.update(
                "UPDATE access_log SET reason_args = '[\"1 min\"]', reason_code = 'bad-password' WHERE id = ?", coded);
        LogCheck code = integrity.checkAccessLog();

        assertThat(argument.entryId()).isEqualTo(coded);
        assertThat(argument.problem()).contains("coded-1").contains("was changed");
        assertThat(code.entryId()).isEqualTo(coded);
        assertThat(code.problem()).contains("was changed");
    }

    @Test
    void a_row_signed_before_the_codes_with_its_english_words_still_verifies() {
        // written as Seatkeeper wrote rows before changeset 023: words in reason, no code, the older signed text
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 11, 1, 8, 30, 0, 250_000_000);
        String mac = key.sign(
                ChainedLog.access(at, "old-row", "10.0.0.2", false, "bad password", null, "Portal", null, null));
        jdbc.update("""
                INSERT INTO access_log (attempted_at, username, ip, success, reason, browser, client, row_mac)
                VALUES (?, 'old-row', '10.0.0.2', FALSE, 'bad password', NULL, 'Portal', ?)""", at, mac);

        LogCheck check = integrity.checkAccessLog();

        assertThat(check.intact()).as(check.summary()).isTrue();
        assertThat(check.checked()).isEqualTo(6);
    }

    private void attempt(String username) {
        events.publishEvent(new SignInAttempt(username, now, "10.0.0.1", true, "signed in", "Firefox", "portal"));
    }

    private void change(String subject) {
        transaction.executeWithoutResult(tx -> events.publishEvent(new AdministrativeChange(
                "admin", now.truncatedTo(ChronoUnit.MICROS), "Capacity changed", subject, "1", "2", "renewal")));
    }

    private long id(String table, String who) {
        String column = table.equals("access_log") ? "username" : "subject";
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE " + column + " = ?", Long.class, who);
    }
}
