package org.seatkeeper.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.DirectoryScene;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The overview's warnings, pot names and pool names, composed by the service, read in Swedish. */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class OverviewInSwedishTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryScene scene;

    @Autowired
    TestUsers users;

    @BeforeEach
    void swedishPage() {
        jdbc.update(
                "UPDATE user_session SET ended_at = CURRENT_TIMESTAMP(3), end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL");
        jdbc.update("UPDATE seat_pool SET in_use = 0, capacity = 3");
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        // the overview the base class opened was built in English; leaving it builds the next one anew
        UI.getCurrent().navigate("login");
    }

    @Test
    void a_nearly_full_pot_and_the_pools_are_named_and_counted_in_swedish() {
        scene.roomyPots();
        long profile = scene.profile("Documents only", "Full", "Documents");
        scene.capacity(scene.modulePot("Documents"), 10);
        scene.capacity(scene.activeUsersPot(), 10);
        for (int i = 0; i < 9; i++) {
            users.add("doc-" + i).profile(profile).withCredentials().insert();
        }

        LicenceOverviewView view = navigate(LicenceOverviewView.class);

        assertThat(view.warnings.getElement().getTextRecursively())
                .contains("Documents är nästan full: 9 av 10 används, 1 ledig")
                .contains("Aktiva användare är nästan full: ");
        assertThat(view.pots.getColumnByKey("pot").getHeaderText()).isEqualTo("Licenspott");
        assertThat(test(view.pots).getCellText(0, 0)).isEqualTo("Aktiva användare");
        assertThat(view.pools.getElement().getTextRecursively()).contains("Full åtkomst", "Läsplats", "Reserverad");
    }
}
