package org.seatkeeper.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Dark mode is a per-person choice, remembered for the account and applied to every page. */
@SpringBootTest
@WithMockUser(username = "appearance-user", roles = "USER")
class AppearanceTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Preferences preferences;

    @BeforeEach
    void account() {
        TestAccounts.ensure(jdbc, "appearance-user", "USER");
    }

    @AfterEach
    void removeAccount() {
        jdbc.update("DELETE FROM app_user WHERE username = 'appearance-user'"); // its preference goes with it
    }

    @Test
    void someone_who_never_chose_sees_the_light_appearance() {
        navigate("my-account", com.vaadin.flow.component.Component.class);

        assertThat(preferences.appearance()).isEqualTo(Appearance.LIGHT);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);
        assertThat(choice().getValue()).isEqualTo(Appearance.LIGHT);
    }

    @Test
    void choosing_dark_in_my_account_applies_it_and_remembers_it_for_the_account() {
        navigate("my-account", com.vaadin.flow.component.Component.class);

        test(choice()).selectItem("Dark");

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(jdbc.queryForObject(
                        "SELECT appearance FROM user_preference p JOIN app_user u ON u.id = p.user_id"
                                + " WHERE u.username = 'appearance-user'",
                        String.class))
                .isEqualTo("DARK");
        assertThat(toggle().getTooltip().getText()).isEqualTo("Switch to the light appearance");
    }

    @Test
    void the_header_switch_toggles_and_my_account_follows_it() {
        navigate("my-account", com.vaadin.flow.component.Component.class);

        test(toggle()).click();
        assertThat(preferences.appearance()).isEqualTo(Appearance.DARK);
        assertThat(choice().getValue()).isEqualTo(Appearance.DARK);

        test(toggle()).click();
        assertThat(preferences.appearance()).isEqualTo(Appearance.LIGHT);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);
    }

    @Test
    void a_remembered_choice_is_applied_when_the_person_comes_back() {
        preferences.setAppearance(Appearance.DEVICE);

        navigate("my-account", com.vaadin.flow.component.Component.class);

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT_DARK);
        assertThat(choice().getValue()).isEqualTo(Appearance.DEVICE);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Appearance> choice() {
        return $(RadioButtonGroup.class).id("appearance");
    }

    private Button toggle() {
        return $(Button.class).id("appearance-toggle");
    }
}
