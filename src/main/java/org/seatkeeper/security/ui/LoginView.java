package org.seatkeeper.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.seatkeeper.security.SignInRefusedException;
import org.seatkeeper.sessions.EndReason;
import org.seatkeeper.database.DatabaseOutage;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Seatkeeper")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    final Paragraph ended = new Paragraph();
    /**
     * What a screen reader says when the page opens after a refusal or an ended session. Text already on
     * a page that has just loaded is not announced, so this live region starts empty and is filled a
     * moment later; it is not shown (the form and the paragraph above it show the same words).
     */
    final Span announcement = new Span();

    public LoginView() {
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
        add(new H1("Seatkeeper"), new Paragraph("Licence and session administration"), ended, login, announcement);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        parameters.getOrDefault("ended", java.util.List.of()).stream().findFirst().flatMap(EndReason::fromWord)
                .ifPresent(reason -> ended.setText(reason.explanation()));
        if (failed) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle(titleFor(lastFailure()));
            i18n.getErrorMessage().setMessage(messageFor(lastFailure()));
            login.setI18n(i18n);
        }
        login.setError(failed);
        String said = failed ? titleFor(lastFailure()) + ". " + messageFor(lastFailure()) : ended.getText();
        if (!said.isBlank()) {
            announcement.getElement().executeJs("setTimeout(() => { this.textContent = $0; }, 700)", said);
        }
    }

    /** Spring Security keeps the last failure in the HTTP session when it redirects to ?error. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    static String titleFor(Object failure) {
        if (failure instanceof AuthenticationServiceException) {
            return "Signing in is not possible right now";
        }
        if (failure instanceof DisabledException || failure instanceof AccountExpiredException
                || failure instanceof LockedException || failure instanceof SignInRefusedException) {
            return "Sign-in refused";
        }
        return "Incorrect username or password";
    }

    static String messageFor(Object failure) {
        if (failure instanceof AuthenticationServiceException service) {
            return DatabaseOutage.explains(service)
                    ? DatabaseOutage.EXPLANATION + " Nobody can sign in until it is back. Try again in a minute."
                    : "The licence server could not check your sign-in. Try again in a minute.";
        }
        if (failure instanceof DisabledException) {
            return "Your account is inactive. Ask an administrator to activate it.";
        }
        if (failure instanceof AccountExpiredException) {
            return "Your account is past its valid-until date. Ask an administrator to extend it.";
        }
        if (failure instanceof LockedException) {
            return "Your licence type does not include signing in.";
        }
        if (failure instanceof SignInRefusedException refused) {
            return refused.getMessage();
        }
        return "Check that you have entered the correct username and password and try again.";
    }
}
