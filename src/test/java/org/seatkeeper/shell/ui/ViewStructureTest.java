package org.seatkeeper.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What a screen reader needs from every view (docs/decisions/0013-accessibility.md): the view sits in
 * the frame's one {@code main}, has exactly one level-one heading, ready to take focus after
 * navigation, and the page title names the same view. axe-core checks the rendered pages in the
 * real-browser tour; this test names the view that breaks the rule in a second.
 */
@SpringBootTest
class ViewStructureTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc, "plain-user", "USER");
        TestAccounts.ensure(jdbc, "support-person", "SUPPORT");
        UI.getCurrent().navigate("");
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void every_view_of_support_staff_has_one_heading_inside_main_and_a_title_that_names_it() {
        List<String> problems = new ArrayList<>();
        for (String route : RoleNavigationTest.ADMIN_ROUTES) {
            problems.addAll(structureOf(route));
        }
        problems.addAll(structureOf("my-account"));
        problems.addAll(structureOf("no-such-page"));
        assertThat(problems).isEmpty();
    }

    @Test
    @WithMockUser(username = "plain-user", roles = "USER")
    void the_views_of_a_plain_user_have_one_heading_inside_main_and_a_title_that_names_it() {
        assertThat(structureOf("my-account")).isEmpty();
        assertThat(structureOf("users")).isEmpty(); // not theirs: the not-available page, same rules
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void the_titles_and_headings_say_which_view_is_open() {
        UI.getCurrent().navigate("sessions");
        assertThat(MainLayout.headings((Component) getCurrentView()))
                .singleElement()
                .extracting(H1::getText)
                .isEqualTo("Active sessions");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Active sessions | Seatkeeper");

        UI.getCurrent().navigate("no-such-page");
        assertThat(MainLayout.headings((Component) getCurrentView()))
                .singleElement()
                .extracting(H1::getText)
                .isEqualTo("This page is not available");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("This page is not available | Seatkeeper");
    }

    private List<String> structureOf(String route) {
        UI.getCurrent().navigate(route);
        Component view = (Component) getCurrentView();
        String where = "/" + route + " (" + view.getClass().getSimpleName() + ")";
        List<String> problems = new ArrayList<>();
        if (!(view.getParent().orElse(null) instanceof Main)) {
            problems.add(where + ": the view is not inside the main landmark");
        }
        List<H1> headings = MainLayout.headings(view);
        if (headings.size() != 1) {
            problems.add(where + ": " + headings.size() + " level-one headings instead of one");
            return problems;
        }
        H1 heading = headings.getFirst();
        if (!"-1".equals(heading.getElement().getAttribute("tabindex"))) {
            problems.add(where + ": the heading cannot take focus after navigation");
        }
        String title = UI.getCurrent().getInternals().getTitle();
        if (!(heading.getText() + " | Seatkeeper").equals(title)) {
            problems.add(
                    where + ": the page title \"" + title + "\" does not name the view \"" + heading.getText() + "\"");
        }
        return problems;
    }
}
