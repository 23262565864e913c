package org.seatkeeper.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;

/**
 * What anyone sees when a page cannot be built because the database is out of reach, instead of a
 * stack trace: one sentence, and a way to try again. Standing alone, not in the portal's frame, which
 * needs the database itself. Vaadin picks an error view by the exact class of the failure or of one of
 * its causes: a wait for a connection that ran out (Hikari's {@link SQLTransientConnectionException})
 * is here; a connection lost in the middle of a query is {@link DatabaseConnectionLostView}.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends VerticalLayout
        implements HasErrorParameter<SQLTransientConnectionException>, HasDynamicTitle {

    public DatabaseUnavailableView() {
        explain(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("database-unavailable.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    static void explain(VerticalLayout page) {
        page.setId("database-unavailable");
        page.getElement().setAttribute("role", "main");
        Anchor again = new Anchor("", page.getTranslation("database-unavailable.try-again"));
        again.setId("try-again");
        page.add(
                new H1(page.getTranslation("database-unavailable.heading")),
                new Paragraph(page.getTranslation("database-unavailable.explanation")),
                new Paragraph(page.getTranslation("database-unavailable.advice")),
                again);
    }
}
