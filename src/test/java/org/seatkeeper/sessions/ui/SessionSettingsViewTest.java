package org.seatkeeper.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "USER"})
class SessionSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void defaults() {
        jdbc.update("UPDATE session_policy SET stale_after_seconds = 90, idle_timeout_seconds = 1800,"
                + " auto_timeout_disabled = FALSE WHERE id = 1");
    }

    @Test
    void an_administrator_disables_auto_timeout_and_sets_the_idle_timeout() {
        SessionSettingsView view = navigate(SessionSettingsView.class);

        test(view.idleMinutes).setValue(45);
        test(view.autoTimeoutDisabled).click();
        test(view.save).click();

        assertThat(jdbc.queryForObject("SELECT idle_timeout_seconds FROM session_policy", Integer.class)).isEqualTo(2700);
        assertThat(jdbc.queryForObject("SELECT auto_timeout_disabled FROM session_policy", Boolean.class)).isTrue();
    }

    @Test
    void a_stale_threshold_below_three_heartbeats_is_refused_with_a_message() {
        SessionSettingsView view = navigate(SessionSettingsView.class);

        view.staleAfter.setValue(10);
        view.save();

        assertThat(test($(Notification.class).last()).getText()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT stale_after_seconds FROM session_policy", Integer.class)).isEqualTo(90);
    }
}
