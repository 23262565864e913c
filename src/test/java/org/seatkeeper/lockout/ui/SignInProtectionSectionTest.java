package org.seatkeeper.lockout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * "Sign-in protection" on the settings page: ranges beside the fields, errors on the field concerned,
 * what is stored and logged, and the list of locks now with its Unlock button.
 */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class SignInProtectionSectionTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aLockedNameAndAPausedAddress() {
        jdbc.update("INSERT INTO sign_in_account_failure (username, failures, last_failure_at, locked_until)"
                + " VALUES ('jane.guessed', 5, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL 10 MINUTE)");
        jdbc.update("INSERT INTO sign_in_address_failure (ip, failures, window_start, paused_until)"
                + " VALUES ('10.1.2.3', 0, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL 5 MINUTE)");
        jdbc.update("INSERT INTO sign_in_account_failure (username, failures, last_failure_at, locked_until)"
                + " VALUES ('lock.ended', 5, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE)");
        // The base class opened the first view before this scene existed: open the page again.
        UI.getCurrent().navigate("session-settings");
    }

    @Test
    void the_settings_page_shows_each_setting_with_its_range_and_the_current_value() {
        SignInProtectionSection.Form form = form();

        assertThat(form.accountFailures.getValue()).isEqualTo(5);
        assertThat(form.accountFailures.getHelperText()).isEqualTo("1 to 100 failed sign-ins.");
        assertThat(form.firstWait.getValue()).isEqualTo(60);
        assertThat(form.firstWait.getHelperText())
                .startsWith("1 to 86400 seconds")
                .contains("twice as long");
        assertThat(form.longestWait.getValue()).isEqualTo(900);
        assertThat(form.forgetAfter.getValue()).isEqualTo(720);
        assertThat(form.addressFailures.getValue()).isEqualTo(30);
        assertThat(form.addressWindow.getValue()).isEqualTo(10);
        assertThat(form.addressWait.getValue()).isEqualTo(300);
    }

    @Test
    void an_administrator_changes_the_settings_and_the_administration_log_records_before_and_after() {
        SignInProtectionSection.Form form = form();

        test(form.accountFailures).setValue(8);
        test(form.addressWait).setValue(120);
        test(form.save).click();

        assertThat(jdbc.queryForObject("SELECT account_failures FROM sign_in_protection", Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT address_wait_seconds FROM sign_in_protection", Integer.class))
                .isEqualTo(120);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Sign-in protection saved.");
        assertThat(jdbc.queryForObject(
                        "SELECT after_state FROM admin_change_log WHERE what_code = 'sign-in-protection" + "-changed'",
                        String.class))
                .contains("lock after 8 failures")
                .contains("for 120 s");
    }

    @Test
    void a_longest_lock_shorter_than_the_first_is_refused_on_its_field_and_nothing_is_stored() {
        SignInProtectionSection.Form form = form();

        test(form.firstWait).setValue(600);
        test(form.longestWait).setValue(300);
        test(form.save).click();

        assertThat(form.longestWait.isInvalid()).isTrue();
        assertThat(form.longestWait.getErrorMessage())
                .isEqualTo("The longest lock cannot be shorter than the first: enter at least 600 seconds.");
        assertThat(form.firstWait.isInvalid()).isFalse();
        test(form.accountFailures).setValue(null);
        assertThat(form.accountFailures.getErrorMessage()).isEqualTo("Enter 1 to 100 failed sign-ins.");
        assertThat(jdbc.queryForObject("SELECT first_wait_seconds FROM sign_in_protection", Integer.class))
                .isEqualTo(60);
    }

    @Test
    void the_locks_running_now_are_listed_and_unlock_lifts_one() {
        SignInProtectionSection.Form form = form();
        assertThat(form.locked.isVisible()).isTrue();
        assertThat(test(form.locked).size()).as("an ended lock is not listed").isEqualTo(2);
        assertThat(test(form.locked).getCellText(0, 1)).isEqualTo("jane.guessed");
        assertThat(test(form.locked).getCellText(0, 0)).isEqualTo("Username");
        assertThat(test(form.locked).getCellText(1, 0)).isEqualTo("Address");

        test((Button) test(form.locked).getCellComponent(0, 3)).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Username jane.guessed unlocked.");
        assertThat(test(form.locked).size()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sign_in_account_failure WHERE username = 'jane.guessed'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT subject FROM admin_change_log WHERE what_code = 'sign-in-unlocked'", String.class))
                .isEqualTo("username jane.guessed");
    }

    private SignInProtectionSection.Form form() {
        return $(SignInProtectionSection.Form.class).single();
    }
}
