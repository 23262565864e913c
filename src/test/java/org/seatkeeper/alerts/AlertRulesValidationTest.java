package org.seatkeeper.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.ConcurrentPool;

/** Rules and destinations out of range are refused in plain words naming the field and the figure. */
class AlertRulesValidationTest {

    @Test
    void a_share_above_one_hundred_percent_is_refused_naming_the_pool() {
        AlertRule rule = new AlertRule(ConcurrentPool.VIEW_ONLY, true, 120, 5, true, 0);

        assertThat(rule.problems()).containsOnlyKeys(AlertRule.Field.PERCENT);
        assertThat(rule.problems().get(AlertRule.Field.PERCENT))
                .isEqualTo("View-only: enter a share of the capacity from 1 to 100 %, not 120 %.");
    }

    @Test
    void an_empty_or_too_long_duration_is_refused() {
        assertThat(new AlertRule(ConcurrentPool.FULL_ACCESS, true, 90, null, true, 0)
                        .problems()
                        .get(AlertRule.Field.MINUTES))
                .isEqualTo("Full-access: enter 1 to 1440 minutes (a day).");
        assertThat(new AlertRule(ConcurrentPool.FULL_ACCESS, true, 90, 2000, true, 0).problems())
                .containsOnlyKeys(AlertRule.Field.MINUTES);
        assertThat(new AlertRule(ConcurrentPool.RESERVED, false, 1, 1440, false, 0).problems())
                .isEmpty();
    }

    @Test
    void a_webhook_needs_a_web_address_and_a_secret_of_sixteen_characters() {
        assertThat(AlertDestinations.problems("ftp://x", "", false, "").get(AlertDestinations.Field.WEBHOOK_URL))
                .startsWith("Enter a web address starting with https://");
        assertThat(AlertDestinations.problems("https://hooks.example.org/a", "", false, "")
                        .get(AlertDestinations.Field.SECRET))
                .startsWith("Enter a secret of at least 16 characters");
        assertThat(AlertDestinations.problems("https://hooks.example.org/a", "short", true, "")
                        .get(AlertDestinations.Field.SECRET))
                .isEqualTo("The secret must have 16 to 200 characters; this one has 5.");
        assertThat(AlertDestinations.problems("https://hooks.example.org/a", "", true, ""))
                .as("keeps the stored secret")
                .isEmpty();
    }

    @Test
    void recipients_must_be_email_addresses() {
        assertThat(AlertDestinations.problems("", "", false, "it@example.org, nobody, ops@example")
                        .get(AlertDestinations.Field.RECIPIENTS))
                .isEqualTo("Not an email address: nobody, ops@example.");
        assertThat(AlertDestinations.problems("", "", false, "it@example.org; licences@example.org"))
                .isEmpty();
    }
}
