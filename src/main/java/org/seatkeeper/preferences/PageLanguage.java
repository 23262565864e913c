package org.seatkeeper.preferences;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.ui.PeopleTime;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Gives every new page its language and time zone, in this order: what the signed-in person chose in
 * My account; on the sign-in page, the language last picked in this browser (a cookie, as nobody is
 * known yet); else what the browser asks for. Times follow the chosen zone, else the browser's.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    /** Remembers the language picked on the sign-in page or in the header, for the next sign-in page. */
    static final String COOKIE = "seatkeeper-language";

    private final Preferences preferences;
    private final CurrentUser currentUser;

    PageLanguage(Preferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), VaadinRequest.getCurrent()));
    }

    void apply(UI ui, VaadinRequest request) {
        Locale browser = request == null ? null : request.getLocale();
        boolean signedIn = signedIn();
        Language language = (signedIn ? preferences.language() : Optional.<Language>empty())
                .or(() -> remembered(request))
                .orElse(Language.of(browser));
        ui.setLocale(language.formatsFor(browser));
        if (signedIn) {
            preferences.timeZone().ifPresent(zone -> PeopleTime.useZone(ui.getSession(), zone));
        }
    }

    private boolean signedIn() {
        return currentUser
                .authentication()
                .filter(Authentication::isAuthenticated)
                .filter(a -> !(a instanceof AnonymousAuthenticationToken))
                .isPresent();
    }

    private static Optional<Language> remembered(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(cookie -> COOKIE.equals(cookie.getName()))
                        .findFirst()
                        .flatMap(cookie -> Language.ofTag(cookie.getValue()));
    }

    /** The script that remembers a language in this browser for a year (works over the push channel too). */
    static String rememberScript(Language language) {
        return "document.cookie = '" + COOKIE + "=" + language.tag() + "; path=/; max-age=31536000; SameSite=Lax'";
    }
}
