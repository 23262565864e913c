package org.seatkeeper.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Each role sees in the navigation exactly the views it may open, can open them, and is refused
 * the others. Roles are granted as the sign-in grants them: SUPPORT includes ADMIN includes USER.
 */
@SpringBootTest
class RoleNavigationTest extends SpringBrowserlessTest {

    static final List<String> ADMIN_ROUTES = List.of(
            "overview",
            "sessions",
            "session-settings",
            "installation",
            "administration-log",
            "access-log",
            "users",
            "profiles",
            "licences",
            "setup",
            "api-clients",
            "alerts",
            "usage");
    static final List<String> EVERYONE_ROUTES = List.of("my-account");

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc, "plain-user", "USER");
        TestAccounts.ensure(jdbc, "support-person", "SUPPORT");
        // The base class opened the first view before this scene existed: open it again.
        UI.getCurrent().navigate("");
    }

    @Test
    @WithMockUser(username = "plain-user", roles = "USER")
    void a_user_sees_and_opens_only_my_account() {
        assertThat(menu()).containsExactly("My account");
        assertThat(currentRoute()).isEqualTo("my-account");
        EVERYONE_ROUTES.forEach(route -> assertThat(opens(route)).as(route).isTrue());
        ADMIN_ROUTES.forEach(route -> assertThat(opens(route)).as(route).isFalse());
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void an_administrator_sees_and_opens_the_administration_views() {
        assertThat(menu())
                .contains(
                        "Licence overview",
                        "Installation",
                        "Access log",
                        "Administration log",
                        "My account",
                        "Users",
                        "Profiles",
                        "Licences",
                        "Setup lists",
                        "API clients",
                        "Alerts");
        assertThat(currentRoute()).isEqualTo("overview");
        ADMIN_ROUTES.forEach(route -> assertThat(opens(route)).as(route).isTrue());
        EVERYONE_ROUTES.forEach(route -> assertThat(opens(route)).as(route).isTrue());
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void support_staff_see_everything_administrators_see() {
        assertThat(menu())
                .contains(
                        "Installation",
                        "Access log",
                        "Administration log",
                        "My account",
                        "Users",
                        "Profiles",
                        "Licences",
                        "Setup lists",
                        "API clients");
        ADMIN_ROUTES.forEach(route -> assertThat(opens(route)).as(route).isTrue());
    }

    @Test
    @WithMockUser(username = "plain-user", roles = "USER")
    void a_user_at_an_administrators_address_sees_a_page_inside_the_frame_with_a_way_home() {
        UI.getCurrent().navigate("users");

        assertThat(getCurrentView()).isInstanceOf(PageNotAvailableView.class);
        PageNotAvailableView page = (PageNotAvailableView) getCurrentView();
        assertThat(page.explanation.getText()).isEqualTo("There is no page for you at /users.");
        assertThat(page.home.getHref()).isEmpty();
        assertThat(menu()).containsExactly("My account");
        assertThat(page.getElement().getTextRecursively()).doesNotContain("overview", "sessions", "api-clients");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void an_unknown_address_says_so_without_listing_the_pages_that_exist() {
        UI.getCurrent().navigate("no-such-page");

        PageNotAvailableView page = (PageNotAvailableView) getCurrentView();
        assertThat(page.explanation.getText()).isEqualTo("There is no page for you at /no-such-page.");
        assertThat(page.getElement().getTextRecursively()).doesNotContain("users", "licences", "Could not navigate");
    }

    private List<String> menu() {
        SideNav nav = $(SideNav.class).id("main-navigation");
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private boolean opens(String route) {
        UI.getCurrent().navigate(route);
        return currentRoute().equals(route);
    }

    /** The route of the view actually shown: a refused navigation shows an error view instead. */
    private String currentRoute() {
        Route route = getCurrentView().getClass().getAnnotation(Route.class);
        return route == null ? "(not a route: " + getCurrentView().getClass().getSimpleName() + ")" : route.value();
    }
}
