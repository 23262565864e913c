package org.seatkeeper.shell.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLNonTransientConnectionException;

/** {@link DatabaseUnavailableView}'s page for a connection that broke while in use (SQL state class 08). */
@PageTitle("Database unavailable | Seatkeeper")
@AnonymousAllowed
public class DatabaseConnectionLostView extends VerticalLayout
        implements HasErrorParameter<SQLNonTransientConnectionException> {

    public DatabaseConnectionLostView() {
        DatabaseUnavailableView.explain(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLNonTransientConnectionException> parameter) {
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
