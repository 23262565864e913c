package org.seatkeeper.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.seatkeeper.shared.Roles;

/** The root address sends administrators to their home page and everyone else to My account. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    static final String ADMIN_HOME = "overview";
    static final String USER_HOME = "my-account";

    private final AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.hasRole(Roles.ADMIN) ? ADMIN_HOME : USER_HOME);
    }
}
