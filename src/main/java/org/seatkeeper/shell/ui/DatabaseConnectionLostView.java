package org.seatkeeper.shell.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLNonTransientConnectionException;

/** {@link DatabaseUnavailableView}'s page for a connection that broke while in use (SQL state class 08). */
@AnonymousAllowed
public class DatabaseConnectionLostView extends VerticalLayout
        implements HasErrorParameter<SQLNonTransientConnectionException>, HasDynamicTitle {

    public DatabaseConnectionLostView() {
        DatabaseUnavailableView.explain(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("database-unavailable.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLNonTransientConnectionException> parameter) {
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
