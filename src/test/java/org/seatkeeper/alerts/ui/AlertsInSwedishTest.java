package org.seatkeeper.alerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.alerts.OpenEpisodes;
import org.seatkeeper.directory.ConcurrentPool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The Alerts view in Swedish: the episode's sentence and rule, the headings, a refusal on its field. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class AlertsInSwedishTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aSwedishPage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        // the frame the base class built in English is built again on a page without it
        UI.getCurrent().navigate("login");
    }

    @Test
    void an_episode_reads_in_swedish_with_its_figures_and_rule() {
        OpenEpisodes.fullAccessAtCapacity(jdbc);
        AlertsView view = navigate(AlertsView.class);

        assertThat(test(view.episodes).getCellText(0, 0)).startsWith("Full åtkomst på 100 % (5 av 5) sedan ");
        assertThat(test(view.episodes).getCellText(0, 1)).isEqualTo("Minst 90 % i 5 minuter");
        assertThat(test(view.episodes).getCellText(0, 3)).isEqualTo("Pågår");
        assertThat(view.episodes.getColumns().getFirst().getHeaderText()).isEqualTo("Varning");
    }

    @Test
    void a_share_above_one_hundred_percent_is_refused_in_swedish_with_its_figure() {
        AlertsView view = navigate(AlertsView.class);
        AlertsView.RuleFields reserved = view.rules.get(ConcurrentPool.RESERVED);
        assertThat(reserved.percent.getLabel()).isEqualTo("Andel av kapaciteten (%)");

        test(reserved.percent).setValue(150);
        test(view.saveRules).click();

        assertThat(reserved.percent.getErrorMessage())
                .isEqualTo("Ange en andel av kapaciteten från 1 till 100 %, inte 150 %.");
        assertThat(jdbc.queryForObject(
                        "SELECT high_use_percent FROM alert_rule WHERE pool = 'RESERVED'", Integer.class))
                .isEqualTo(90);
    }

    @Test
    void saved_rules_are_confirmed_in_swedish() {
        AlertsView view = navigate(AlertsView.class);

        test(view.saveRules).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Varningsreglerna sparades.");
    }
}
