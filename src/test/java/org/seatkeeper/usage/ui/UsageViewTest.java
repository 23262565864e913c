package org.seatkeeper.usage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The Usage view on a known Wednesday morning of Full-access (capacity 3): 2 in use from 09:00, full with
 * 2 refusals of one person at 10:00 until 10:30, 1 at 11:00, none from 11:01; the clock stands at 12:30
 * UTC (the test clock's zone, so working hours are 08 to 17 UTC).
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class UsageViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    TestUsers users;

    @BeforeEach
    void aWednesdayMorningWithTwoRefusals() {
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
        // The home route already showed a view; build this one afresh on the scene.
        UI.getCurrent().navigate("my-account");
    }

    @Test
    void today_shows_each_pools_figures_in_the_table() {
        UsageView view = navigate(UsageView.class);
        view.period.setValue(UsagePeriod.TODAY);

        var table = test(view.pools);
        assertThat(table.size()).isEqualTo(3);
        assertThat(table.getCellText(0, 0)).isEqualTo("Full-access");
        assertThat(table.getCellText(0, 1)).isEqualTo("3 of 3");
        // working hours 08-12 so far: (0 + 2 + 122/60 + 1/60 + 0) / 5
        assertThat(table.getCellText(0, 2)).isEqualTo("0.8");
        assertThat(table.getCellText(0, 3)).isEqualTo("31 min (4.1%)");
        assertThat(table.getCellText(0, 4)).isEqualTo("2 (1 person)");
        assertThat(table.getCellText(0, 5)).isEqualTo("Wed 10:00–11:00, Wed 09:00–10:00, Wed 11:00–12:00");
        assertThat(table.getCellText(1, 0)).isEqualTo("View-only");
        assertThat(table.getCellText(1, 4)).isEqualTo("0");
        assertThat(table.getCellText(1, 5)).isEqualTo("None in use");
        assertThat(view.charts.getChildren().filter(Image.class::isInstance).count())
                .isEqualTo(3);
    }

    @Test
    void switching_the_period_changes_the_figures_and_twelve_months_offers_no_estimate() {
        UsageView view = navigate(UsageView.class);
        view.period.setValue(UsagePeriod.TODAY);
        assertThat(test(view.pools).getCellText(0, 3)).isEqualTo("31 min (4.1%)");
        assertThat(view.estimate.isEnabled()).isTrue();

        view.period.setValue(UsagePeriod.YEAR);

        // a year's minutes: the same 31 at capacity among many more
        assertThat(test(view.pools).getCellText(0, 3)).startsWith("31 min (0.0%");
        assertThat(view.estimate.isEnabled()).isFalse();
        assertThat(view.whatIfResult.getText())
                .isEqualTo("No estimate for 12 months: minutes are kept for 35 days and"
                        + " only minutes can be replayed. Choose a shorter period.");
    }

    @Test
    void the_what_if_estimates_another_capacity_beside_its_method() {
        UsageView view = navigate(UsageView.class);
        view.period.setValue(UsagePeriod.TODAY);
        view.whatIfPool.setValue(ConcurrentPool.FULL_ACCESS);
        view.whatIfSeats.setValue(5);

        test(view.estimate).click();

        // 10:00 had 3 in use and 2 refused: 5 seats leave 2 free, so none refused; that minute reaches 5
        assertThat(view.whatIfResult.getText())
                .isEqualTo("With 5 Full-access seats over today: about 0 refused"
                        + " sign-ins (2 recorded) and 1 min at capacity, 0.1% of the time (recorded: 31 min).");
        assertThat(view.whatIfMethod.getText())
                .isEqualTo(
                        "Estimated from the recorded minutes; people refused are" + " assumed not to come back later.");
    }

    @Test
    void a_missing_or_impossible_number_of_seats_is_refused_in_plain_words() {
        UsageView view = navigate(UsageView.class);

        test(view.estimate).click();
        assertThat(view.whatIfResult.getText())
                .isEqualTo("Type the number of seats to try, a whole number from 0 to" + " 100000.");
        assertThat(view.whatIfResult.getClassNames()).contains("form-error");

        view.whatIfSeats.setValue(-1);
        test(view.estimate).click();
        assertThat(view.whatIfResult.getText()).contains("from 0 to 100000");
        assertThat(view.whatIfResult.getClassNames()).contains("form-error");
    }

    @Test
    void the_table_and_the_series_export_as_csv() {
        UsageView view = navigate(UsageView.class);
        view.period.setValue(UsagePeriod.TODAY);

        StringWriter table = new StringWriter();
        view.writePoolsCsv(table);
        assertThat(table.toString().lines())
                .first()
                .isEqualTo("Pool,Period,From (UTC),To (UTC),Peak in use,Capacity,"
                        + "Average in use at working hours,Minutes at capacity,Share at capacity (%),Refused sign-ins,"
                        + "People refused,Busiest hours");
        assertThat(table.toString().lines().skip(1).findFirst().orElseThrow())
                .startsWith("Full-access,Today,")
                .endsWith(",3,3,0.81,31,4.1,2,1,Wed 10:00–11:00; Wed 09:00–10:00; Wed 11:00–12:00");

        StringWriter minutes = new StringWriter();
        view.writeSeriesCsv(ConcurrentPool.FULL_ACCESS, Resolution.MINUTE, minutes);
        assertThat(minutes.toString().lines()).hasSize(1 + 12 * 60 + 30);
        assertThat(minutes.toString()).contains("T10:00:00Z,Full-access,3,3.0,3,1,2");
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
