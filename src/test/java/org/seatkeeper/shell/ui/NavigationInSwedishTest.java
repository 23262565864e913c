package org.seatkeeper.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The navigation and the page titles speak the page's language. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class NavigationInSwedishTest extends SpringBrowserlessTest {

    @Test
    void a_swedish_page_lists_the_views_and_names_the_open_one_in_swedish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        // The frame the base class built in English is kept while views change inside it; a page without the
        // frame in between builds it again, as the reload after picking a language does in the browser.
        UI.getCurrent().navigate("login");

        UI.getCurrent().navigate("licences");

        SideNav nav = $(SideNav.class).id("main-navigation");
        assertThat(nav.getItems().stream().map(SideNavItem::getLabel).toList())
                .contains("Licensöversikt", "Användare", "Profiler", "Licenser", "Mitt konto")
                .doesNotContain("Licence overview", "Users");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Licenser | Seatkeeper");
    }
}
