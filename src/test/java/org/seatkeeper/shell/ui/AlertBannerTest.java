package org.seatkeeper.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.alerts.OpenEpisodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** An open, unacknowledged usage alert shows above every view for administrators and support, never for users. */
@SpringBootTest
class AlertBannerTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anOpenAlert() {
        TestAccounts.ensure(jdbc, "support-person", "SUPPORT");
        TestAccounts.ensure(jdbc, "plain-user", "USER");
        OpenEpisodes.fullAccessAtCapacity(jdbc);
        // The base class opened the first view before this scene existed: open it again.
        UI.getCurrent().navigate("my-account");
    }

    private Section banner() {
        return $(Section.class).id("alert-banner");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void an_administrator_sees_the_figures_a_link_to_the_alerts_and_can_acknowledge() {
        assertThat(banner().isVisible()).isTrue();
        assertThat($(Span.class, banner()).withClassName("alert-text").single().getText())
                .matches("Full-access at 100% \\(5 of 5\\) since \\d{1,2}:\\d\\d(\\h?[AP]M)?"); // the reader's time
        // format
        assertThat($(Anchor.class, banner()).single().getHref()).isEqualTo("alerts");

        test($(Button.class, banner()).withText("Acknowledge").single()).click();

        assertThat($(Section.class).withId("alert-banner").exists()).isFalse();
        assertThat(jdbc.queryForObject("SELECT acknowledged_by FROM alert_episode", String.class))
                .isEqualTo("admin");
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void support_staff_see_it_on_every_view() {
        assertThat(banner().isVisible()).isTrue();
        UI.getCurrent().navigate("overview");
        assertThat(banner().isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "plain-user", roles = "USER")
    void a_plain_user_never_sees_it() {
        assertThat($(Section.class).withId("alert-banner").exists()).isFalse();
        assertThat($(Span.class).withClassName("alert-text").exists()).isFalse();
    }
}
