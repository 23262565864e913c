package org.seatkeeper.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.security.ui.LoginView;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Texts;
import org.seatkeeper.shared.ui.PeopleTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Each person reads the portal in their language and their time zone, chosen once and remembered. */
@SpringBootTest
@WithMockUser(username = "language-user", roles = "USER")
class LanguageAndZoneTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Preferences preferences;

    @Autowired
    PageLanguage pageLanguage;

    @Autowired
    Texts texts;

    @BeforeEach
    void account() {
        TestAccounts.ensure(jdbc, "language-user", "USER");
    }

    @AfterEach
    void removeAccount() {
        jdbc.update("DELETE FROM app_user WHERE username = 'language-user'"); // its preferences go with it
        PeopleTime.useZone(UI.getCurrent().getSession(), null);
    }

    @Test
    void someone_who_never_chose_reads_the_language_their_browser_asks_for() {
        pageLanguage.apply(UI.getCurrent(), browser(Locale.forLanguageTag("sv-SE")));

        navigate("my-account", Component.class);

        assertThat(signOut().getText()).isEqualTo("Logga ut");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("sv-SE"));
    }

    @Test
    void choosing_svenska_in_the_header_is_remembered_for_the_account_and_every_next_page_is_swedish() {
        navigate("my-account", Component.class);
        assertThat(signOut().getText()).isEqualTo("Sign out");

        test(headerLanguage()).selectItem("Svenska");

        assertThat(preferences.language()).contains(Language.SWEDISH);
        // the page reloads in the browser; the next page is built as a new one is
        pageLanguage.apply(UI.getCurrent(), browser(Locale.US));
        navigate("my-account", Component.class);
        assertThat(signOut().getText()).isEqualTo("Logga ut");
    }

    @Test
    void a_chosen_time_zone_is_remembered_and_times_are_shown_in_it() {
        navigate("my-account", Component.class);

        test(zone()).selectItem("America/New_York");

        assertThat(preferences.timeZone()).contains(ZoneId.of("America/New_York"));
        assertThat(PeopleTime.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(zone().getHelperText()).startsWith("Times are shown in this zone. Now: ");
        PeopleTime.useZone(UI.getCurrent().getSession(), null);
        pageLanguage.apply(UI.getCurrent(), browser(Locale.UK));
        assertThat(PeopleTime.dateTime(Instant.parse("2026-11-30T17:05:09Z"))).isEqualTo("30 Nov 2026, 12:05:09");
    }

    @Test
    void a_time_zone_the_server_does_not_know_is_refused_in_plain_words() {
        assertThatThrownBy(() -> preferences.setTimeZone("Mars/Olympus"))
                .isInstanceOf(RefusedException.class)
                .hasMessage("\"Mars/Olympus\" is not a time zone this server knows; choose one from the list,"
                        + " for example Europe/Stockholm.");
        assertThat(preferences.timeZone()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_speaks_the_language_last_picked_in_this_browser() {
        VaadinRequest request = browser(Locale.UK);
        when(request.getCookies()).thenReturn(new Cookie[] {new Cookie(PageLanguage.COOKIE, "sv")});
        pageLanguage.apply(UI.getCurrent(), request);

        // built as a new sign-in page is (the test's own page was built before the cookie was read)
        LoginView page = new LoginView(texts);
        UI.getCurrent().add(page);

        assertThat($(Paragraph.class, page).all())
                .extracting(Paragraph::getText)
                .contains("Administration av licenser och sessioner");
        assertThat($(Select.class, page).id("language").getValue()).isEqualTo(Language.SWEDISH);
    }

    private static VaadinRequest browser(Locale locale) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getLocale()).thenReturn(locale);
        return request;
    }

    private Button signOut() {
        return $(Button.class).id("sign-out");
    }

    @SuppressWarnings("unchecked")
    private Select<Language> headerLanguage() {
        return $(Select.class).id("language");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> zone() {
        return $(ComboBox.class).id("time-zone");
    }
}
