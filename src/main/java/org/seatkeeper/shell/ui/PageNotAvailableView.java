package org.seatkeeper.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
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
@PermitAll
public class PageNotAvailableView extends VerticalLayout
        implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    final Paragraph explanation = new Paragraph();
    final Anchor home = new Anchor("", getTranslation("page-not-available.home"));

    public PageNotAvailableView() {
        setId("page-not-available");
        explanation.setId("page-not-available-explanation");
        home.setId("go-home");
        add(
                new H1(getTranslation("page-not-available.heading")),
                explanation,
                new Paragraph(getTranslation("page-not-available.reasons")),
                home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("page-not-available.heading"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        explanation.setText(getTranslation(
                "page-not-available.address", "/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
