package org.seatkeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class AdministrationLogTest {

    final Texts texts = new Texts();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AdministrationLog log;

    @Autowired
    JdbcTemplate jdbc;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void emptyLog() {
        jdbc.update("DELETE FROM admin_change_log");
    }

    @Test
    void a_change_published_in_a_committed_transaction_is_recorded_with_before_and_after() {
        transaction.executeWithoutResult(tx -> events.publishEvent(new AdministrativeChange(
                "alice", now, "User deactivated", "user bob (Bob Smith)", "active", "inactive")));

        List<AdminChangeRow> rows = log.page(AdminChangeFilter.ALL, PageRequest.of(0, 10));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("alice");
            assertThat(row.what().in(texts, Language.ENGLISH)).isEqualTo("User deactivated");
            assertThat(row.what().code()).as("stored as a code").isEqualTo("user-deactivated");
            assertThat(row.before()).isEqualTo("active");
            assertThat(row.after()).isEqualTo("inactive");
            assertThat(row.at()).isEqualTo(now);
        });
    }

    @Test
    void a_change_whose_transaction_rolls_back_leaves_no_log_entry() {
        transaction.executeWithoutResult(tx -> {
            events.publishEvent(new AdministrativeChange("alice", now, "Profile changed", "profile Nurses", "a", "b"));
            tx.setRollbackOnly();
        });

        assertThat(log.count(AdminChangeFilter.ALL)).isZero();
    }

    @Test
    void the_log_filters_by_time_range_actor_and_keyword_in_the_database() {
        record("alice", now.minusSeconds(7200), "User created", "user carol");
        record("bob", now.minusSeconds(60), "Pot capacity changed", "pot Documents");
        record("alice", now, "Pot capacity changed", "pot Cases");

        assertThat(log.count(new AdminChangeFilter(now.minusSeconds(3600), null, null, null)))
                .isEqualTo(2);
        assertThat(log.count(new AdminChangeFilter(null, null, "alice", null))).isEqualTo(2);
        assertThat(log.count(new AdminChangeFilter(null, null, null, "Documents")))
                .isEqualTo(1);
        assertThat(log.count(new AdminChangeFilter(null, null, "alice", "capacity")))
                .isEqualTo(1);
        assertThat(log.page(AdminChangeFilter.ALL, PageRequest.of(0, 2)))
                .extracting(AdminChangeRow::subject)
                .containsExactly("pot Cases", "pot Documents");
    }

    @Test
    void the_csv_export_has_a_header_and_every_filtered_row_oldest_first() throws Exception {
        record("alice", now.minusSeconds(10), "User created", "user \"quoted\", with comma");
        record("bob", now, "User deleted", "user dave");

        StringWriter out = new StringWriter();
        log.exportCsv(AdminChangeFilter.ALL, out, Language.ENGLISH);

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(out.toString()).startsWith("Date and time,Changed by,What,Subject,Before,After");
        assertThat(records)
                .extracting(r -> r.get("Subject"))
                .containsExactly("user \"quoted\", with comma", "user dave");
        assertThat(records).extracting(r -> r.get("Changed by")).containsExactly("alice", "bob");
    }

    @Test
    void a_reason_has_its_own_column_and_one_glued_onto_before_in_older_entries_is_taken_apart() {
        transaction.executeWithoutResult(tx -> events.publishEvent(new AdministrativeChange(
                "vendor", now, "Pot capacity changed", "pot Documents", "10", "12", "contract 2027")));
        jdbc.update("""
                INSERT INTO admin_change_log (changed_at, actor, what, subject, before_state, after_state)
                VALUES (?, 'vendor', 'Pot capacity changed', 'pot Cases', '5 (reason: second site)', '7')""", java.sql.Timestamp.from(now.minusSeconds(60)));

        List<AdminChangeRow> rows = log.page(AdminChangeFilter.ALL, PageRequest.of(0, 10));

        assertThat(rows)
                .extracting(AdminChangeRow::subject, AdminChangeRow::before, AdminChangeRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pot Documents", "10", "contract 2027"),
                        org.assertj.core.groups.Tuple.tuple("pot Cases", "5", "second site"));
        assertThat(rows.getFirst().changes()).extracting(FieldChange::line).containsExactly("10 → 12");
    }

    @Test
    void the_csv_export_keeps_the_whole_records_and_the_reason() throws Exception {
        String before = "name: Pat Moss\nposition: Nurse 1\nstatus: active";
        String after = "name: Pat Moss\nposition: none\nstatus: inactive";
        transaction.executeWithoutResult(tx -> {
            events.publishEvent(
                    new AdministrativeChange("alice", now, "User deactivated", "user pmoss", before, after));
            events.publishEvent(new AdministrativeChange(
                    "vendor",
                    now.plusSeconds(1),
                    "Pot capacity changed",
                    "pot Documents",
                    "10",
                    "12",
                    "contract 2027"));
        });

        StringWriter out = new StringWriter();
        log.exportCsv(AdminChangeFilter.ALL, out, Language.ENGLISH);

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(records).extracting(r -> r.get("Before")).containsExactly(before, "10");
        assertThat(records).extracting(r -> r.get("After")).containsExactly(after, "12");
        assertThat(records).extracting(r -> r.get("Reason")).containsExactly("", "contract 2027");
    }

    @Test
    @WithMockUser(username = "plain", roles = "USER")
    void a_user_without_the_administrator_role_cannot_read_the_log() {
        assertThatThrownBy(() -> log.count(AdminChangeFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    private void record(String actor, Instant at, String what, String subject) {
        transaction.executeWithoutResult(
                tx -> events.publishEvent(new AdministrativeChange(actor, at, what, subject, null, null)));
    }
}
