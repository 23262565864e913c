package org.seatkeeper.usage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.testing.TestClock;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.seatkeeper.usage.Resolution;
import org.seatkeeper.usage.UsagePeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Usage view in Swedish, on the scene of {@link UsageViewTest}: a Wednesday morning of Full-access
 * (capacity 3), full with two refusals of one person at 10:00, the clock at 12:30 UTC.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class UsageInSwedishTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    TestUsers users;

    @BeforeEach
    void aWednesdayMorningWithTwoRefusalsReadInSwedish() {
        LocalDate wednesday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        while (wednesday.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            wednesday = wednesday.minusDays(1);
        }
        Instant day = wednesday.atStartOfDay(ZoneOffset.UTC).toInstant();
        clock.set(day.plusSeconds(12 * 3600 + 30 * 60));
        TestPools.set(jdbc, 3, 0, 5, 0, 1, 0);
        minute(day.plusSeconds(9 * 3600), 0, 2, 2, 0);
        minute(day.plusSeconds(10 * 3600), 2, 3, 3, 2);
        minute(day.plusSeconds(10 * 3600 + 30 * 60), 3, 3, 1, 0);
        minute(day.plusSeconds(11 * 3600), 1, 1, 0, 0);
        users.add("ward-ann").concurrentClass("STANDARD").insert();
        refused("ward-ann", day.plusSeconds(10 * 3600 + 5));
        refused("ward-ann", day.plusSeconds(10 * 3600 + 40));
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        // the frame the base class built in English is built again on a page without it
        UI.getCurrent().navigate("login");
    }

    @Test
    void the_table_reads_in_swedish_with_swedish_headers_days_and_decimals() {
        UsageView view = navigate(UsageView.class);
        view.period.setValue(UsagePeriod.TODAY);

        var table = test(view.pools);
        assertThat(view.pools.getColumns().stream().map(column -> column.getHeaderText()))
                .containsExactly(
                        "Platspott",
                        "Topp",
                        "Medel under arbetstid",
                        "Tid vid full kapacitet",
                        "Nekade inloggningar",
                        "Veckans mest belastade timmar");
        assertThat(table.getCellText(0, 0)).isEqualTo("Full åtkomst");
        assertThat(table.getCellText(0, 1)).isEqualTo("3 av 3");
        assertThat(table.getCellText(0, 2)).isEqualTo("0,8");
        assertThat(table.getCellText(0, 4)).isEqualTo("2 (1 person)");
        assertThat(table.getCellText(0, 5)).startsWith("ons 10:00–11:00");
        assertThat(table.getCellText(1, 5)).isEqualTo("Ingen användning");
    }

    @Test
    void the_what_if_and_the_named_pots_use_swedish_plurals() {
        UsageView view = navigate(UsageView.class);
        view.period.setValue(UsagePeriod.TODAY);
        view.whatIfPool.setValue(ConcurrentPool.FULL_ACCESS);
        view.whatIfSeats.setValue(5);

        test(view.estimate).click();

        assertThat(view.whatIfResult.getText())
                .startsWith("Med 5 platser i Full åtkomst (i dag): cirka 0 nekade inloggningar (2 registrerade)");
        view.whatIfSeats.setValue(1);
        test(view.estimate).click();
        assertThat(view.whatIfResult.getText()).startsWith("Med 1 plats i Full åtkomst (i dag)");

        view.period.setValue(UsagePeriod.YEAR);
        assertThat(view.whatIfResult.getText())
                .isEqualTo("Ingen uppskattning för 12 månader: minuter sparas i 35 dagar och bara minuter kan spelas"
                        + " upp. Välj en kortare period.");
    }

    @Test
    void the_csv_files_are_headed_in_swedish_and_keep_iso_times() {
        UsageView view = navigate(UsageView.class);
        view.period.setValue(UsagePeriod.TODAY);

        StringWriter minutes = new StringWriter();
        view.writeSeriesCsv(ConcurrentPool.FULL_ACCESS, Resolution.MINUTE, minutes);

        assertThat(minutes.toString().lines())
                .first()
                .isEqualTo("Start (UTC),Platspott,Topp i användning,Medel i användning,Kapacitet,"
                        + "Minuter vid full kapacitet,Nekade inloggningar");
        assertThat(minutes.toString()).contains("T10:00:00Z,Full åtkomst,3,3.0,3,1,2");
    }

    private void minute(Instant start, int opening, int peak, int closing, int denials) {
        jdbc.update("""
                        INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity,
                            denials) VALUES ('FULL_ACCESS', ?, ?, ?, ?, 3, ?)""", DatabaseTime.parameter(start), peak, opening, closing, denials);
    }

    private void refused(String username, Instant at) {
        jdbc.update("""
                        INSERT INTO access_log (attempted_at, username, ip, success, reason, browser, client)
                        VALUES (?, ?, '10.0.0.1', FALSE, 'no seat', 'Chrome', 'Portal')""", DatabaseTime.parameter(at), username);
    }
}
