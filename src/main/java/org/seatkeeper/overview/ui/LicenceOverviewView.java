package org.seatkeeper.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.directory.Roles;
import org.seatkeeper.installation.InstallationFacts;
import org.seatkeeper.overview.LicenceOverview;
import org.seatkeeper.overview.Overview;
import org.seatkeeper.sessions.PoolUsage;

/** The administrators' home: licence use at a glance, with what needs attention first. */
@Route("overview")
@PageTitle("Licence overview | Seatkeeper")
@Menu(title = "Licence overview", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Roles.ADMIN)
class LicenceOverviewView extends VerticalLayout {

    final Div warnings = new Div();
    final Grid<PotUsage> pots = new Grid<>();
    final FlexLayout pools = new FlexLayout();
    final Span administrators = new Span();

    LicenceOverviewView(LicenceOverview overview) {
        Overview current = overview.current();
        warnings.setId("overview-warnings");
        current.warnings().forEach(text -> {
            Div warning = new Div(text);
            warning.addClassName("overview-warning");
            warnings.add(warning);
        });

        pots.addColumn(PotUsage::label).setHeader("Pot").setAutoWidth(true);
        pots.addColumn(PotUsage::inUse).setHeader("In use").setAutoWidth(true);
        pots.addColumn(PotUsage::capacity).setHeader("Capacity").setAutoWidth(true);
        pots.addColumn(PotUsage::free).setHeader("Free").setAutoWidth(true);
        pots.addComponentColumn(LicenceOverviewView::usageBar).setHeader("Usage").setFlexGrow(1);
        pots.setItems(current.pots());
        pots.setAllRowsVisible(true);
        pots.addThemeVariants(GridVariant.LUMO_COMPACT);

        pools.setId("overview-pools");
        pools.addClassName("overview-cards");
        pools.add(poolCard(current.pools().fullAccess()), poolCard(current.pools().viewOnly()),
                poolCard(current.pools().reserved()));

        administrators.setId("overview-administrators");
        administrators.setText(current.administratorsInUse() + " of " + current.administratorLimit()
                + " free administrator seats used");

        add(new H2("Licence overview"), warnings, new H3("Named licences"), pots, new H3("Concurrent pools"), pools,
                new H3("Administrators"), administrators, new H3("Installation"), installation(current.installation()));
    }

    private static Component usageBar(PotUsage pot) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, pot.capacity()), Math.min(pot.inUse(), Math.max(1, pot.capacity())));
        bar.setWidth("12em");
        if (pot.full()) {
            bar.addClassName("usage-full");
        }
        return bar;
    }

    private static Component poolCard(PoolUsage pool) {
        Div card = new Div(new Span(pool.pool().label()),
                new Div(new Span(pool.inUse() + " of " + pool.capacity() + " in use")),
                new Div(new Span(pool.pool().label() + " users (" + pool.pool().letter() + "): "
                        + pool.remaining() + " remaining")));
        card.addClassName("overview-card");
        return card;
    }

    private static Component installation(InstallationFacts facts) {
        Div box = new Div(new Div("Customer ID: " + facts.customerId()), new Div("Instance number: " + facts.instanceNumber()),
                new Div("Server IP: " + facts.serverIp()), new Div("Version: " + facts.version()));
        box.setId("overview-installation");
        return box;
    }
}
