package org.seatkeeper.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person sees at an address that leads nowhere, or to a view they may not open:
 * Vaadin reroutes a refused navigation to the not-found error, so both land here. Inside the usual
 * frame, with a way home, and deliberately the same text for both, listing nothing: whether a page
 * exists is none of the business of someone who may not open it.
 */
@ParentLayout(MainLayout.class)
@PageTitle("This page is not available | Seatkeeper")
@PermitAll
public class PageNotAvailableView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    final Paragraph explanation = new Paragraph();
    final Anchor home = new Anchor("", "Go to your home page");

    public PageNotAvailableView() {
        setId("page-not-available");
        explanation.setId("page-not-available-explanation");
        home.setId("go-home");
        add(
                new H1("This page is not available"),
                explanation,
                new Paragraph("It may have moved, the address may be mistyped, or your account may not open it."),
                home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        explanation.setText(
                "There is no page for you at /" + event.getLocation().getPath() + ".");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
