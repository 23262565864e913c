package org.seatkeeper.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.sessions.AdmissionClass;
import org.seatkeeper.sessions.Admissions;
import org.seatkeeper.sessions.AdmittedSession;
import org.seatkeeper.sessions.Applicant;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.shared.ui.PeopleTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Active sessions and Session settings read in Swedish, with times in the reader's own zone. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class SessionsInSwedishTest extends SpringBrowserlessTest {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Admissions admissions;

    AdmittedSession ann;

    @BeforeEach
    void aSwedishReaderInNewYorkWithOneSessionOpen() {
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update(
                "UPDATE seat_pool SET in_use = 0, capacity = CASE kind WHEN 'FULL_ACCESS' THEN 3 WHEN 'VIEW_ONLY' THEN 5 ELSE 1 END");
        ann = admissions.admit(
                new Applicant(9101, "ward-ann", "Ann Ward", AdmissionClass.STANDARD),
                ClientDetails.portal("10.0.0.7", "Chrome", "node-a"));
        admissions.recordOpenTabs(ann.id(), 2);
        UI.getCurrent().setLocale(SWEDISH);
        PeopleTime.useZone(UI.getCurrent().getSession(), NEW_YORK);
        // the frame the base class built in English is built again on a page without it
        UI.getCurrent().navigate("login");
    }

    @AfterEach
    void backToTheDefaultSettings() {
        jdbc.update("UPDATE session_policy SET stale_after_seconds = 90, idle_timeout_seconds = 1800,"
                + " auto_timeout_disabled = FALSE, idle_warning_seconds = 60 WHERE id = 1");
    }

    @Test
    void the_pool_meters_and_a_sessions_times_read_in_swedish_in_the_readers_zone() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);

        assertThat(view.meters.text())
                .contains("Full åtkomst 1 av 3 används · 2 lediga", "Reserverad 0 av 1 används · 1 ledig");
        OpenSession row = view.grid
                .getGenericDataView()
                .getItems()
                .filter(s -> s.username().equals("ward-ann"))
                .findFirst()
                .orElseThrow();
        assertThat(ActiveSessionsViewTest.cell(view, "state", "main", row)).isEqualTo("Aktiv");
        assertThat(ActiveSessionsViewTest.cell(view, "state", "secondary", row)).isEqualTo("2 öppna flikar");
        assertThat(ActiveSessionsViewTest.cell(view, "seat", "seat", row)).isEqualTo("Full åtkomst");
        Instant login = row.loginTime();
        boolean todayInNewYork = login.atZone(NEW_YORK)
                .toLocalDate()
                .equals(Instant.now().atZone(NEW_YORK).toLocalDate());
        assertThat(ActiveSessionsViewTest.cell(view, "idle", "secondary", row))
                .isEqualTo("inloggad "
                        + (todayInNewYork
                                ? PeopleTime.time(login, NEW_YORK, SWEDISH)
                                : PeopleTime.dateAndMinute(login, NEW_YORK, SWEDISH)));
        assertThat(ActiveSessionsViewTest.cell(view, "actions", "label", row)).isEqualTo("Be om utloggning");
        assertThat(view.counts.getText()).isEqualTo("1 session: 1 aktiv, 0 övergivna");
        assertThat(view.refresh.getText()).isEqualTo("Uppdatera");
    }

    @Test
    void asking_to_sign_out_is_confirmed_in_swedish() {
        ActiveSessionsView view = navigate(ActiveSessionsView.class);
        OpenSession row = view.grid
                .getGenericDataView()
                .getItems()
                .filter(s -> s.username().equals("ward-ann"))
                .findFirst()
                .orElseThrow();

        view.askToSignOut(row);

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Ann Ward ombads logga ut.");
    }

    @Test
    void session_settings_show_their_ranges_and_a_refusal_with_its_figures_in_swedish() {
        SessionSettingsView view = navigate(SessionSettingsView.class);

        assertThat(view.staleAfter.getLabel()).isEqualTo("Övergiven efter ingen livssignal på (sekunder)");
        assertThat(view.idleMinutes.getHelperText()).startsWith("1 till 1440 minuter");

        test(view.staleAfter).setValue(10);
        test(view.save).click();

        assertThat(view.staleAfter.isInvalid()).isTrue();
        assertThat(view.staleAfter.getErrorMessage())
                .isEqualTo("Ange 45 till 3600 sekunder: minst tre livssignaler à 15 s, så att en flik kan missa två"
                        + " innan sessionen räknas som övergiven.");
        assertThat(jdbc.queryForObject("SELECT stale_after_seconds FROM session_policy", Integer.class))
                .isEqualTo(90);
    }
}
