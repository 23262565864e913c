package org.seatkeeper.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.seatkeeper.database.DatabaseOutage;
import org.seatkeeper.preferences.LanguageSwitch;
import org.seatkeeper.security.SignInRefusedException;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    final Paragraph ended = new Paragraph();
    /**
     * What a screen reader says when the page opens after a refusal or an ended session. Text already on
     * a page that has just loaded is not announced, so this live region starts empty and is filled a
     * moment later; it is not shown (the form and the paragraph above it show the same words).
     */
    final Span announcement = new Span();

    private final Texts texts;

    public LoginView(Texts texts) {
        this.texts = texts;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        ended.setId("session-ended");
        ended.addClassName("session-ended");
        // The page's main landmark, so that everything on it is inside one (the portal's views get theirs
        // from MainLayout); a session that ended is announced when the page opens.
        getElement().setAttribute("role", "main");
        announcement.setId("sign-in-announcement");
        announcement.addClassName("visually-hidden");
        announcement.getElement().setAttribute("role", "alert");
        announcement.getElement().setAttribute("aria-atomic", "true");
        var language = LanguageSwitch.forSignIn();
        add(
                language,
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("app.tagline")),
                ended,
                login,
                announcement);
        setHorizontalComponentAlignment(Alignment.END, language);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    /** The form's own words in the page's language (Vaadin's defaults are English only). */
    private LoginI18n words() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setUsername(getTranslation("login.form.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.form.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        parameters.getOrDefault("ended", java.util.List.of()).stream()
                .findFirst()
                .flatMap(EndReason::fromWord)
                .ifPresent(reason -> ended.setText(getTranslation(reason.explanationKey())));
        Language language = Language.of(getLocale());
        LoginI18n i18n = words();
        if (failed) {
            i18n.getErrorMessage().setTitle(titleFor(lastFailure(), texts, language));
            i18n.getErrorMessage().setMessage(messageFor(lastFailure(), texts, language));
        }
        login.setI18n(i18n);
        login.setError(failed);
        String said = failed
                ? titleFor(lastFailure(), texts, language) + ". " + messageFor(lastFailure(), texts, language)
                : ended.getText();
        if (!said.isBlank()) {
            announcement.getElement().executeJs("setTimeout(() => { this.textContent = $0; }, 700)", said);
        }
    }

    /** Spring Security keeps the last failure in the HTTP session when it redirects to ?error. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    static String titleFor(Object failure, Texts texts, Language language) {
        if (failure instanceof AuthenticationServiceException) {
            return texts.text(language, "login.refused.unavailable.title");
        }
        if (failure instanceof DisabledException
                || failure instanceof AccountExpiredException
                || failure instanceof LockedException
                || failure instanceof SignInRefusedException) {
            return texts.text(language, "login.refused.title");
        }
        return texts.text(language, "login.refused.credentials.title");
    }

    static String messageFor(Object failure, Texts texts, Language language) {
        if (failure instanceof AuthenticationServiceException service) {
            return texts.text(
                    language, DatabaseOutage.explains(service) ? "login.refused.database" : "login.refused.service");
        }
        if (failure instanceof DisabledException) {
            return texts.text(language, "login.refused.inactive");
        }
        if (failure instanceof AccountExpiredException) {
            return texts.text(language, "login.refused.expired");
        }
        if (failure instanceof LockedException) {
            return texts.text(language, "login.refused.no-login");
        }
        if (failure instanceof SignInRefusedException refused) {
            // the admission engine's refusal in the reader's language once it has a code; the sign-in guard's
            // pauses are still composed in English (issue 14 continues)
            return refused.refusal()
                    .map(refusal -> texts.refusal(refusal, language))
                    .orElseGet(refused::getMessage);
        }
        return texts.text(language, "login.refused.credentials");
    }
}
