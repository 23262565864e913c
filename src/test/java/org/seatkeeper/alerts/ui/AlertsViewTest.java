package org.seatkeeper.alerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.alerts.OpenEpisodes;
import org.seatkeeper.directory.ConcurrentPool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The Alerts view: episodes listed, rules changed and logged, wrong values refused on their field, the secret never shown. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class AlertsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc, "support-person", "SUPPORT");
    }

    @Test
    void the_episodes_are_listed_with_the_figures_and_the_rule() {
        OpenEpisodes.fullAccessAtCapacity(jdbc);
        AlertsView view = navigate(AlertsView.class);

        assertThat(test(view.episodes).size()).isEqualTo(1);
        assertThat(test(view.episodes).getRow(0).alert().pool()).isEqualTo(ConcurrentPool.FULL_ACCESS);
        assertThat(test(view.episodes).getCellText(0, 0)).startsWith("Full-access at 100% (5 of 5) since ");
        assertThat(test(view.episodes).getCellText(0, 1)).isEqualTo("At or above 90% for 5 minutes");
        assertThat(test(view.episodes).getCellText(0, 3)).isEqualTo("Open");
    }

    @Test
    void the_defaults_are_ninety_percent_for_five_minutes_and_any_refusal_on_every_pool() {
        AlertsView view = navigate(AlertsView.class);

        for (ConcurrentPool pool : ConcurrentPool.values()) {
            AlertsView.RuleFields fields = view.rules.get(pool);
            assertThat(fields.highUse.getValue()).isTrue();
            assertThat(fields.percent.getValue()).isEqualTo(90);
            assertThat(fields.minutes.getValue()).isEqualTo(5);
            assertThat(fields.refusal.getValue()).isTrue();
        }
    }

    @Test
    void a_changed_rule_is_stored_and_written_to_the_administration_log() {
        AlertsView view = navigate(AlertsView.class);
        AlertsView.RuleFields fullAccess = view.rules.get(ConcurrentPool.FULL_ACCESS);

        test(fullAccess.percent).setValue(100);
        test(fullAccess.minutes).setValue(10);
        test(view.rules.get(ConcurrentPool.VIEW_ONLY).refusal).click();
        test(view.saveRules).click();

        assertThat(jdbc.queryForMap(
                        "SELECT high_use_percent, high_use_minutes FROM alert_rule WHERE pool = 'FULL_ACCESS'"))
                .containsEntry("high_use_percent", 100)
                .containsEntry("high_use_minutes", 10);
        assertThat(jdbc.queryForObject(
                        "SELECT refusal_enabled FROM alert_rule WHERE pool = 'VIEW_ONLY'", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForList(
                        "SELECT subject FROM admin_change_log WHERE what_code = 'alert-rule-changed' ORDER BY subject",
                        String.class))
                .containsExactly("alert rules of Full-access", "alert rules of View-only");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Alert rules saved.");
    }

    @Test
    void a_share_above_one_hundred_percent_is_refused_on_its_field_and_nothing_is_saved() {
        AlertsView view = navigate(AlertsView.class);
        AlertsView.RuleFields reserved = view.rules.get(ConcurrentPool.RESERVED);

        test(reserved.percent).setValue(150);
        test(view.saveRules).click();

        assertThat(reserved.percent.isInvalid()).isTrue();
        assertThat(reserved.percent.getErrorMessage())
                .isEqualTo("Reserved: enter a share of the capacity from 1 to 100 %, not 150 %.");
        assertThat(jdbc.queryForObject(
                        "SELECT high_use_percent FROM alert_rule WHERE pool = 'RESERVED'", Integer.class))
                .isEqualTo(90);
    }

    @Test
    void the_webhook_secret_is_stored_but_never_shown_back_nor_logged() {
        AlertsView view = navigate(AlertsView.class);

        test(view.webhookUrl).setValue("https://hooks.example.org/seatkeeper");
        test(view.secret).setValue("a-long-enough-shared-secret");
        test(view.recipients).setValue("it@example.org, licences@example.org");
        test(view.saveDestinations).click();

        assertThat(view.secret.getValue()).isEmpty();
        assertThat(view.secret.getHelperText()).startsWith("A secret is set and is not shown.");
        assertThat(jdbc.queryForObject("SELECT webhook_secret FROM alert_destination", String.class))
                .isEqualTo("a-long-enough-shared-secret");
        String logged = jdbc.queryForObject(
                "SELECT CONCAT(COALESCE(before_state, ''), after_state) FROM admin_change_log"
                        + " WHERE what_code = 'alert-destinations-changed'",
                String.class);
        assertThat(logged)
                .contains("https://hooks.example.org/seatkeeper", "webhook secret: replaced")
                .doesNotContain("a-long-enough-shared-secret");

        navigate(AlertsView.class); // a second save keeps the secret when the field is left empty
        AlertsView again = navigate(AlertsView.class);
        test(again.recipients).setValue("it@example.org");
        test(again.saveDestinations).click();
        assertThat(jdbc.queryForObject("SELECT webhook_secret FROM alert_destination", String.class))
                .isEqualTo("a-long-enough-shared-secret");
    }

    @Test
    void a_webhook_without_a_secret_is_refused_on_the_secret_field() {
        AlertsView view = navigate(AlertsView.class);

        test(view.webhookUrl).setValue("https://hooks.example.org/seatkeeper");
        test(view.saveDestinations).click();

        assertThat(view.secret.isInvalid()).isTrue();
        assertThat(view.secret.getErrorMessage()).startsWith("Enter a secret of at least 16 characters");
        assertThat(jdbc.queryForObject("SELECT webhook_url FROM alert_destination", String.class))
                .isNull();
    }
}
