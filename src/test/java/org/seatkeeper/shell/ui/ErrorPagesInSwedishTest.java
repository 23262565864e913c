package org.seatkeeper.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The pages shown instead of a view speak the page's language. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class ErrorPagesInSwedishTest extends SpringBrowserlessTest {

    @Test
    void an_address_that_leads_nowhere_is_explained_in_swedish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        UI.getCurrent().navigate("login");

        UI.getCurrent().navigate("no-such-page");

        PageNotAvailableView page = $(PageNotAvailableView.class).single();
        assertThat($(H1.class).from(page).single().getText()).isEqualTo("Sidan är inte tillgänglig");
        assertThat(page.explanation.getText()).isEqualTo("Det finns ingen sida för dig på /no-such-page.");
        assertThat(page.home.getText()).isEqualTo("Gå till din startsida");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sidan är inte tillgänglig | Seatkeeper");
    }
}
