package org.seatkeeper.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.audit.AccessLog;
import org.seatkeeper.audit.AccessLogFilter;
import org.seatkeeper.audit.AdminChangeFilter;
import org.seatkeeper.audit.AdministrationLog;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.SignInAttempt;
import org.seatkeeper.shared.ui.PeopleTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The logs in the reader's language: a row written since the logs store codes reads in Swedish for a
 * Swedish reader and in English for an English one; a row written before, in English words, shows as
 * it is (docs/decisions/0029-log-codes-and-arguments.md). The kind of subject and the records' field
 * names and fixed values read in Swedish in both, as they are read when shown.
 */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class LogsInSwedishTest extends SpringBrowserlessTest {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessLog accessLog;

    @Autowired
    AdministrationLog administrationLog;

    final Instant earlier = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void anOldRowAndANewOneInEachLog() {
        jdbc.update("""
                INSERT INTO access_log (attempted_at, username, ip, success, reason, browser, client)
                VALUES (?, 'old-ann', '10.0.0.1', FALSE, 'bad password', 'Firefox', 'Portal')""", DatabaseTime.parameter(earlier));
        transaction.executeWithoutResult(tx -> events.publishEvent(new SignInAttempt(
                "new-bob", now, "10.0.0.2", false, "bad password, locked for 1 min", "Firefox", "Portal")));
        jdbc.update("""
                INSERT INTO admin_change_log (changed_at, actor, what, subject, before_state, after_state)
                VALUES (?, 'alice', 'Password removed', 'user old-ann', 'has a password', 'no password')""", DatabaseTime.parameter(earlier));
        transaction.executeWithoutResult(tx -> events.publishEvent(new AdministrativeChange(
                "admin", now, "Valid until changed", "user new-bob", "2026-12-31", "2027-12-31")));
    }

    @Test
    void a_swedish_reader_reads_the_access_log_in_swedish_with_times_in_the_chosen_zone_old_rows_too() {
        inSwedish();

        AccessLogView view = navigate(AccessLogView.class);
        var grid = test(view.grid);

        assertThat(grid.getHeaderCell(grid.getColumnPosition("reason"))).isEqualTo("Orsak");
        assertThat(grid.getHeaderCell(grid.getColumnPosition("at"))).isEqualTo("Tidpunkt");
        assertThat(grid.getCellText(0, grid.getColumnPosition("reason"))).isEqualTo("fel lösenord, spärrad i 1 min");
        assertThat(((Span) grid.getCellComponent(0, "outcome")).getText()).isEqualTo("Misslyckad");
        assertThat(grid.getCellText(0, grid.getColumnPosition("at"))).isEqualTo(swedishTime(now));
        assertThat(grid.getCellText(1, grid.getColumnPosition("reason")))
                .as("a row written before the codes, its English words known to the vocabulary")
                .isEqualTo("fel lösenord");
    }

    @Test
    void the_integrity_check_names_a_foreign_entry_in_swedish_with_its_time_in_the_chosen_zone() {
        inSwedish();
        navigate(AccessLogView.class);
        long oldRow = jdbc.queryForObject("SELECT id FROM access_log WHERE username = 'old-ann'", Long.class);

        test($(Button.class).id("access-log-check")).click();

        assertThat(test($(Notification.class).last()).getText())
                .as("a row inserted without a signature, as this test's old row is")
                .isEqualTo("Åtkomstloggen har manipulerats: Post " + oldRow + " (" + swedishTime(earlier)
                        + ", old-ann) skrevs inte av Seatkeeper.");
    }

    @Test
    void an_english_reader_reads_the_same_coded_row_in_english() {
        AccessLogView view = navigate(AccessLogView.class);
        var grid = test(view.grid);

        assertThat(grid.getCellText(0, grid.getColumnPosition("reason"))).isEqualTo("bad password, locked for 1 min");
        assertThat(grid.getCellText(1, grid.getColumnPosition("reason"))).isEqualTo("bad password");
    }

    @Test
    void a_swedish_reader_reads_the_administration_log_in_swedish_and_finds_a_change_by_its_swedish_words() {
        inSwedish();

        AdministrationLogView view = navigate(AdministrationLogView.class);
        var grid = test(view.grid);

        assertThat(grid.getHeaderCell(grid.getColumnPosition("what"))).isEqualTo("Vad");
        assertThat(grid.getCellText(0, grid.getColumnPosition("what"))).isEqualTo("Gäller t.o.m. ändrat");
        assertThat(grid.getCellText(0, grid.getColumnPosition("at"))).isEqualTo(swedishTime(now));
        assertThat(grid.getCellText(1, grid.getColumnPosition("what")))
                .as("a row written before the codes, its kind's English phrase known")
                .isEqualTo("Lösenord borttaget");

        test(view.keyword).setValue("gäller t.o.m");
        assertThat(grid.size()).isEqualTo(1);
        test(view.keyword).setValue("Valid until");
        assertThat(grid.size()).as("the English words find it too").isEqualTo(1);
        test(view.keyword).setValue("lösenord borttaget");
        assertThat(grid.size())
                .as("the row written before the codes, by its Swedish words")
                .isEqualTo(1);
        test(view.keyword).setValue("Password removed");
        assertThat(grid.size()).as("and by its English words, as stored").isEqualTo(1);
    }

    @Test
    void an_english_reader_reads_the_coded_change_in_english() {
        AdministrationLogView view = navigate(AdministrationLogView.class);
        var grid = test(view.grid);

        assertThat(grid.getCellText(0, grid.getColumnPosition("what"))).isEqualTo("Valid until changed");
        assertThat(grid.getCellText(1, grid.getColumnPosition("what"))).isEqualTo("Password removed");
    }

    @Test
    void the_csv_exports_have_headers_and_words_in_the_readers_language_and_iso_times() {
        StringWriter access = new StringWriter();
        accessLog.exportCsv(AccessLogFilter.ALL, access, Language.SWEDISH);
        StringWriter administration = new StringWriter();
        administrationLog.exportCsv(AdminChangeFilter.ALL, administration, Language.SWEDISH);

        List<String> accessLines = access.toString().lines().toList();
        assertThat(accessLines.getFirst())
                .isEqualTo("Användarnamn,Datum och tid,IP-adress,Utfall,Webbläsare,Orsak,Klient");
        assertThat(accessLines.get(1))
                .isEqualTo("old-ann," + earlier + ",10.0.0.1,Misslyckad,Firefox,fel lösenord,Portal");
        assertThat(accessLines.get(2))
                .isEqualTo("new-bob," + now + ",10.0.0.2,Misslyckad,Firefox,\"fel lösenord, spärrad i 1 min\",Portal");
        List<String> adminLines = administration.toString().lines().toList();
        assertThat(adminLines.getFirst()).isEqualTo("Datum och tid,Ändrad av,Vad,Avser,Före,Efter,Orsak");
        assertThat(adminLines.get(2)).startsWith(now + ",admin,Gäller t.o.m. ändrat,användare new-bob,");
    }

    @Test
    void a_swedish_reader_reads_the_kind_of_subject_and_the_field_names_of_new_and_old_rows_in_swedish() {
        aUserDeactivatedBeforeAndSinceTheCodes();
        inSwedish();

        AdministrationLogView view = navigate(AdministrationLogView.class);
        test(view.actor).setValue("carl");
        var grid = test(view.grid);

        assertThat(grid.size()).isEqualTo(2);
        for (int row : List.of(0, 1)) {
            assertThat(grid.getCellText(row, grid.getColumnPosition("subject")))
                    .as("the kind in Swedish, the username and name as written")
                    .isEqualTo("användare pmoss (Pat Moss)");
            assertThat(changeLines(view, row))
                    .as("row " + row + ": only what changed, its field names and fixed values in Swedish")
                    .containsExactly(
                            "befattning: Nurse 1 → ingen",
                            "samtidiga platser: Full åtkomst → Läsplats",
                            "status: aktiv → inaktiv");
        }
        assertThat(grid.getCellText(0, grid.getColumnPosition("what"))).isEqualTo("Användare inaktiverad");
        assertThat(grid.getCellText(1, grid.getColumnPosition("what")))
                .as("a row written before the codes, in the reader's words too")
                .isEqualTo("Användare inaktiverad");

        test(view.keyword).setValue("användare");
        assertThat(grid.size())
                .as("the old row too, its subject found by the Swedish word of its kind")
                .isEqualTo(2);
    }

    @Test
    void an_english_reader_reads_the_subject_and_the_fields_exactly_as_they_were_written() {
        aUserDeactivatedBeforeAndSinceTheCodes();

        AdministrationLogView view = navigate(AdministrationLogView.class);
        test(view.actor).setValue("carl");
        var grid = test(view.grid);

        assertThat(grid.getCellText(0, grid.getColumnPosition("subject"))).isEqualTo("user pmoss (Pat Moss)");
        assertThat(changeLines(view, 1))
                .containsExactly(
                        "position: Nurse 1 → none",
                        "concurrent seats: Full-access → View-only",
                        "status: active → inactive");
    }

    @Test
    void the_csv_export_in_swedish_has_the_kind_of_subject_and_the_whole_records_in_swedish() throws Exception {
        aUserDeactivatedBeforeAndSinceTheCodes();

        StringWriter out = new StringWriter();
        administrationLog.exportCsv(new AdminChangeFilter(null, null, "carl", null), out, Language.SWEDISH);

        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(out.toString()).startsWith("Datum och tid,Ändrad av,Vad,Avser,Före,Efter,Orsak");
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("Avser")).isEqualTo("användare pmoss (Pat Moss)");
            assertThat(row.get("Före"))
                    .isEqualTo("namn: Pat Moss\nroll: Användare\nbefattning: Nurse 1\nsamtidiga platser: Full åtkomst\n"
                            + "status: aktiv\ngäller t.o.m.: inget slutdatum");
            assertThat(row.get("Efter"))
                    .isEqualTo("namn: Pat Moss\nroll: Användare\nbefattning: ingen\nsamtidiga platser: Läsplats\n"
                            + "status: inaktiv\ngäller t.o.m.: inget slutdatum");
        });
        assertThat(rows)
                .extracting(row -> row.get("Vad"))
                .as("the row written before the codes as well as the one since")
                .containsExactly("Användare inaktiverad", "Användare inaktiverad");
    }

    /** Pat Moss deactivated twice by carl: once written before the codes (English words), then since. */
    private void aUserDeactivatedBeforeAndSinceTheCodes() {
        String before = """
                name: Pat Moss
                role: User
                position: Nurse 1
                concurrent seats: Full-access
                status: active
                valid until: no end date""";
        String after = before.replace("Nurse 1", "none")
                .replace("Full-access", "View-only")
                .replace("status: active", "status: inactive");
        jdbc.update("""
                INSERT INTO admin_change_log (changed_at, actor, what, subject, before_state, after_state)
                VALUES (?, 'carl', 'User deactivated', 'user pmoss (Pat Moss)', ?, ?)""", DatabaseTime.parameter(now.plusSeconds(1)), before, after);
        transaction.executeWithoutResult(tx -> events.publishEvent(new AdministrativeChange(
                "carl", now.plusSeconds(2), "User deactivated", "user pmoss (Pat Moss)", before, after)));
    }

    private List<String> changeLines(AdministrationLogView view, int row) {
        Div cell = (Div) test(view.grid).getCellComponent(row, "changes");
        return cell.getChildren().map(line -> ((Div) line).getText()).toList();
    }

    private static void inSwedish() {
        UI.getCurrent().setLocale(SWEDISH);
        PeopleTime.useZone(VaadinSession.getCurrent(), NEW_YORK);
        // the frame built in English is kept while views change inside it: a page outside it builds it again
        UI.getCurrent().navigate("login");
    }

    private static String swedishTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(SWEDISH)
                .format(at.atZone(NEW_YORK));
    }
}
