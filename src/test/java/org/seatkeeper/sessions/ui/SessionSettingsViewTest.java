package org.seatkeeper.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** What the administrator sees on Session settings: the ranges, errors on the field concerned, what is stored. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class SessionSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void defaults() {
        jdbc.update("UPDATE session_policy SET stale_after_seconds = 90, idle_timeout_seconds = 1800,"
                + " auto_timeout_disabled = FALSE, idle_warning_seconds = 60 WHERE id = 1");
    }

    @Test
    void each_field_shows_its_allowed_range() {
        SessionSettingsView view = navigate(SessionSettingsView.class);

        assertThat(view.staleAfter.getHelperText())
                .startsWith("45 to 3600 seconds")
                .contains("every 15 s");
        assertThat(view.idleMinutes.getHelperText()).startsWith("1 to 1440 minutes");
        assertThat(view.idleWarning.getHelperText())
                .startsWith("10 to 600 seconds")
                .contains("less than the idle timeout");
        assertThat(view.idleWarning.getValue()).isEqualTo(60);
    }

    @Test
    void an_administrator_disables_auto_timeout_and_sets_the_idle_timeout_and_warning() {
        SessionSettingsView view = navigate(SessionSettingsView.class);

        test(view.idleMinutes).setValue(45);
        test(view.idleWarning).setValue(120);
        test(view.autoTimeoutDisabled).click();
        test(view.save).click();

        assertThat(jdbc.queryForObject("SELECT idle_timeout_seconds FROM session_policy", Integer.class))
                .isEqualTo(2700);
        assertThat(jdbc.queryForObject("SELECT idle_warning_seconds FROM session_policy", Integer.class))
                .isEqualTo(120);
        assertThat(jdbc.queryForObject("SELECT auto_timeout_disabled FROM session_policy", Boolean.class))
                .isTrue();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Session settings saved.");
    }

    @Test
    void a_stale_threshold_below_three_heartbeats_is_refused_on_its_own_field() {
        SessionSettingsView view = navigate(SessionSettingsView.class);

        test(view.staleAfter).setValue(10);
        test(view.save).click();

        assertThat(view.staleAfter.isInvalid()).isTrue();
        assertThat(view.staleAfter.getErrorMessage())
                .startsWith("Enter 45 to 3600 seconds")
                .contains("three heartbeats");
        assertThat(view.idleMinutes.isInvalid()).isFalse();
        assertThat(view.idleWarning.isInvalid()).isFalse();
        assertThat($(Notification.class).all()).as("no toast over the form").isEmpty();
        assertThat(jdbc.queryForObject("SELECT stale_after_seconds FROM session_policy", Integer.class))
                .isEqualTo(90);
    }

    @Test
    void an_empty_or_too_long_idle_timeout_is_refused_on_its_field_with_the_range() {
        SessionSettingsView view = navigate(SessionSettingsView.class);

        test(view.idleMinutes).setValue(null);
        test(view.save).click();
        assertThat(view.idleMinutes.getErrorMessage()).isEqualTo("Enter 1 to 1440 minutes.");

        test(view.idleMinutes).setValue(1441);
        test(view.save).click();
        assertThat(view.idleMinutes.getErrorMessage()).isEqualTo("Enter 1 to 1440 minutes.");
        assertThat(jdbc.queryForObject("SELECT idle_timeout_seconds FROM session_policy", Integer.class))
                .isEqualTo(1800);
    }

    @Test
    void a_warning_that_does_not_come_before_the_timeout_is_refused_on_the_warning_field() {
        SessionSettingsView view = navigate(SessionSettingsView.class);

        test(view.idleMinutes).setValue(1);
        test(view.idleWarning).setValue(60);
        test(view.save).click();

        assertThat(view.idleWarning.isInvalid()).isTrue();
        assertThat(view.idleWarning.getErrorMessage()).contains("fewer seconds than the idle timeout (60 s)");
        assertThat(view.idleMinutes.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("SELECT idle_timeout_seconds FROM session_policy", Integer.class))
                .isEqualTo(1800);
    }

    @Test
    void a_correction_clears_the_fields_error_at_once() {
        SessionSettingsView view = navigate(SessionSettingsView.class);
        test(view.idleWarning).setValue(5);
        test(view.save).click();
        assertThat(view.idleWarning.isInvalid()).isTrue();

        test(view.idleWarning).setValue(30);

        assertThat(view.idleWarning.isInvalid()).isFalse();
    }

    @Test
    void another_administrators_change_meanwhile_is_reported_in_the_banner_and_nothing_is_lost() {
        SessionSettingsView view = navigate(SessionSettingsView.class);
        jdbc.update("UPDATE session_policy SET idle_timeout_seconds = 600, version = version + 1 WHERE id = 1");

        test(view.idleMinutes).setValue(20);
        test(view.save).click();

        assertThat(view.banner.isVisible()).isTrue();
        assertThat(view.banner.getText()).contains("Someone else changed the session settings");
        assertThat($(Notification.class).all()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT idle_timeout_seconds FROM session_policy", Integer.class))
                .isEqualTo(600);
    }
}
