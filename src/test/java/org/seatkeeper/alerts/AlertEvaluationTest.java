package org.seatkeeper.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.Race;
import org.seatkeeper.usage.UsageHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts on real MariaDB: an episode is raised once however many evaluations and nodes see it (two
 * evaluator instances racing on real threads stand for two nodes), its messages are written once, it is
 * cleared when the pool has room again, and acknowledged by name.
 */
@SpringBootTest
class AlertEvaluationTest {

    @Autowired
    AlertEvaluator evaluator;

    @Autowired
    UsageAlerts alerts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry registry;

    UsageMinutes minutes;

    @BeforeEach
    void fiveFullAccessSeatsAndAWebhookAndARecipient() {
        minutes = new UsageMinutes(jdbc);
        jdbc.update(
                "UPDATE alert_destination SET webhook_url = 'http://127.0.0.1:9/none', webhook_secret = ?,"
                        + " email_recipients = 'it@example.org' WHERE id = 1",
                "a-secret-of-sixteen+");
    }

    /** Another node's evaluator: its own instance on the same database. */
    private AlertEvaluator secondNode() {
        return new AlertEvaluator(
                context.getBean(AlertStore.class),
                context.getBean(AlertDeliveries.class),
                context.getBean(UsageHistory.class),
                context.getBean(CurrentUser.class),
                context.getBean(TransactionTemplate.class),
                context);
    }

    @Test
    void a_pool_at_capacity_for_five_minutes_raises_one_alert_across_two_nodes_and_repeated_runs() {
        minutes.fullAccess(0, 5, 0, 2, 5, 5, 5, 5, 5, 5);
        AlertEvaluator otherNode = secondNode();

        Race.run(6, i -> () -> {
                    (i % 2 == 0 ? evaluator : otherNode).evaluate(minutes.at(6));
                    return null;
                })
                .allReturned();
        evaluator.evaluate(minutes.at(6));

        List<Map<String, Object>> episodes = jdbc.queryForList("SELECT * FROM alert_episode");
        assertThat(episodes).hasSize(1);
        assertThat(episodes.getFirst())
                .containsEntry("pool", "FULL_ACCESS")
                .containsEntry("kind", "HIGH_USE")
                .containsEntry("in_use", 5)
                .containsEntry("capacity", 5);
        assertThat(jdbc.queryForList("SELECT channel FROM alert_delivery ORDER BY channel", String.class))
                .as("one message per destination")
                .containsExactly("EMAIL", "WEBHOOK");
        assertThat(registry.get(AlertMetrics.OPEN).gauge().value()).isEqualTo(1.0);
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void the_banner_text_has_the_figures_and_the_minute_it_began() {
        minutes.fullAccess(0, 5, 0, 5, 5, 5, 5, 5, 5);

        evaluator.evaluate(minutes.at(5));

        List<OpenAlert> open = alerts.openUnacknowledged();
        assertThat(open).hasSize(1);
        assertThat(open.getFirst().sentence(java.time.ZoneOffset.UTC, minutes.at(5)))
                .isEqualTo("Full-access at 100% (5 of 5) since "
                        + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                                .withZone(java.time.ZoneOffset.UTC)
                                .format(minutes.at(0)));
    }

    @Test
    void the_episode_is_cleared_once_when_a_whole_minute_has_room_and_a_new_episode_may_follow() {
        minutes.fullAccess(0, 5, 0, 5, 5, 5, 5, 5, 5);
        evaluator.evaluate(minutes.at(5));
        minutes.fullAccess(6, 5, 0, 3, 3);

        Race.run(2, i -> () -> {
                    (i == 0 ? evaluator : secondNode()).evaluate(minutes.at(7));
                    return null;
                })
                .allReturned();

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM alert_episode WHERE cleared_at IS NOT NULL", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT event FROM alert_delivery ORDER BY id", String.class))
                .containsExactly("RAISED", "RAISED", "CLEARED", "CLEARED");

        minutes.fullAccess(8, 5, 0, 5, 5, 5, 5, 5, 5);
        evaluator.evaluate(minutes.at(13));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert_episode", Integer.class))
                .isEqualTo(2);
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void refusals_raise_one_alert_counting_every_refusal_since_the_first() {
        minutes.fullAccess(0, 5, 0, 4, 5);
        minutes.record("FULL_ACCESS", 2, 5, 5, 2);
        minutes.record("FULL_ACCESS", 3, 5, 5, 1);
        evaluator.evaluate(minutes.at(3));
        minutes.record("FULL_ACCESS", 4, 5, 5, 4);
        evaluator.evaluate(minutes.at(4));

        List<OpenAlert> open = alerts.openUnacknowledged();
        assertThat(open).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.REFUSAL);
            assertThat(alert.refusals()).isEqualTo(7);
            assertThat(alert.sentence(java.time.ZoneOffset.UTC, minutes.at(4)))
                    .startsWith("7 sign-ins refused for want of a Full-access seat since ");
        });
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void an_acknowledged_alert_leaves_the_banner_and_records_who_and_when_but_stays_open() {
        minutes.fullAccess(0, 5, 0, 5, 5, 5, 5, 5, 5);
        evaluator.evaluate(minutes.at(5));
        long id = alerts.openUnacknowledged().getFirst().id();

        alerts.acknowledge(id);
        alerts.acknowledge(id);

        assertThat(alerts.openUnacknowledged()).isEmpty();
        Map<String, Object> episode =
                jdbc.queryForMap("SELECT acknowledged_by, acknowledged_at, cleared_at FROM alert_episode");
        assertThat(episode.get("acknowledged_by")).isEqualTo("support-person");
        assertThat(episode.get("acknowledged_at")).isNotNull();
        assertThat(episode.get("cleared_at")).isNull();
        evaluator.evaluate(minutes.at(5));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert_episode", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_rule_switched_off_raises_nothing_and_clears_what_it_had_raised() {
        minutes.fullAccess(0, 5, 0, 5, 5, 5, 5, 5, 5, 5);
        evaluator.evaluate(minutes.at(5));
        jdbc.update("UPDATE alert_rule SET high_use_enabled = FALSE WHERE pool = 'FULL_ACCESS'");

        evaluator.evaluate(minutes.at(6));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert_episode WHERE cleared_at IS NULL", Integer.class))
                .isZero();
    }
}
