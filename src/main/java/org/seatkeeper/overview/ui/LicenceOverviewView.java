package org.seatkeeper.overview.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.installation.InstallationFacts;
import org.seatkeeper.overview.LicenceOverview;
import org.seatkeeper.overview.Overview;
import org.seatkeeper.overview.OverviewFeed;
import org.seatkeeper.sessions.PoolUsage;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.UsageLevel;
import org.seatkeeper.shared.ui.UsageMeter;
import org.seatkeeper.usage.PoolSummary;
import org.seatkeeper.usage.UsageReports;

/**
 * The administrators' home: licence use at a glance, what needs attention first, kept live over push
 * by {@link OverviewFeed} (no reload, no Refresh needed). Each named pot links to the users who
 * consume it; each pool shows today's peak and refusals, read on opening, and links to the Usage view.
 */
@Route("overview")
@Menu(title = "menu.licence-overview", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Roles.ADMIN)
class LicenceOverviewView extends VerticalLayout {

    final Div warnings = new Div();
    final Grid<PotUsage> pots = new Grid<>();
    final Div poolWarning = new Div();
    final FlexLayout pools = new FlexLayout();
    final Span administrators = new Span();
    final Div installation = new Div();
    final Anchor usage = new Anchor("usage", getTranslation("overview.usage-link"));
    private final Map<ConcurrentPool, PoolCard> cards = new EnumMap<>(ConcurrentPool.class);

    private final OverviewFeed feed;
    private OverviewFeed.Subscription subscription;
    private Overview shown;

    LicenceOverviewView(LicenceOverview overview, OverviewFeed feed, UsageReports usageReports) {
        this.feed = feed;
        warnings.setId("overview-warnings");

        pots.setId("overview-pots");
        pots.addColumn(pot -> pot.name().phrase().in(this::getTranslation))
                .setHeader(getTranslation("overview.pots.pot"))
                .setKey("pot")
                .setAutoWidth(true);
        pots.addColumn(PotUsage::inUse)
                .setHeader(getTranslation("overview.pots.in-use"))
                .setKey("inUse")
                .setAutoWidth(true);
        pots.addColumn(PotUsage::capacity)
                .setHeader(getTranslation("overview.pots.capacity"))
                .setKey("capacity")
                .setAutoWidth(true);
        pots.addColumn(PotUsage::free)
                .setHeader(getTranslation("overview.pots.free"))
                .setKey("free")
                .setAutoWidth(true);
        pots.addComponentColumn(pot ->
                        new UsageMeter(pot.name().phrase().in(this::getTranslation), pot.inUse(), pot.capacity()))
                .setHeader(getTranslation("overview.pots.usage"))
                .setKey("usage")
                .setFlexGrow(1);
        pots.addComponentColumn(LicenceOverviewView::consumersLink)
                .setHeader(getTranslation("overview.pots.consumers"))
                .setKey("consumers")
                .setAutoWidth(true);
        pots.setAllRowsVisible(true);
        pots.addThemeVariants(GridVariant.LUMO_COMPACT);

        poolWarning.setId("overview-pool-warning");
        poolWarning.addClassName("licence-warning");
        pools.setId("overview-pools");
        pools.addClassName("overview-cards");
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            PoolCard card = new PoolCard(pool);
            cards.put(pool, card);
            pools.add(card);
        }
        // read on opening: today's history moves slowly next to the live figures, and the Usage view has it all
        usageReports.today().forEach(today -> cards.get(today.pool()).showToday(today));
        usage.setId("overview-usage");
        usage.getElement().setAttribute("router-link", true);

        administrators.setId("overview-administrators");
        installation.setId("overview-installation");

        add(
                new H1(getTranslation("menu.licence-overview")),
                warnings,
                new H2(getTranslation("overview.named")),
                pots,
                new H2(getTranslation("overview.pools")),
                poolWarning,
                pools,
                usage,
                new H2(getTranslation("overview.administrators")),
                administrators,
                new H2(getTranslation("overview.installation")),
                installation);
        show(overview.current());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = feed.subscribe(overview -> ui.access(() -> show(overview)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    /** Shows the figures: read on opening, or pushed by the feed. Nothing is re-rendered if nothing changed. */
    void show(Overview overview) {
        if (overview.equals(shown)) {
            return;
        }
        shown = overview;
        warnings.removeAll();
        overview.warnings().forEach(w -> {
            Div warning = new Div(w.text().in(this::getTranslation));
            warning.addClassName("overview-warning");
            if (w.level() == UsageLevel.FULL) {
                warning.addClassName("overview-warning-full");
            }
            warnings.add(warning);
        });
        warnings.setVisible(!overview.warnings().isEmpty());
        pots.setItems(overview.pots());
        poolWarning.setText(overview.fullAccessWarning()
                .map(w -> getTranslation("overview.pool-warning", w.phrase().in(this::getTranslation)))
                .orElse(""));
        poolWarning.setVisible(overview.fullAccessWarning().isPresent());
        cards.forEach((pool, card) -> card.show(overview.pools().usage(pool)));
        administrators.setText(getTranslation(
                "overview.administrators.used", overview.administratorsInUse(), overview.administratorLimit()));
        showInstallation(overview.installation());
    }

    /** "8 users" linking to the Users view filtered to this pot's consumers; "Nobody" without a link. */
    static Component consumersLink(PotUsage pot) {
        if (pot.inUse() == 0) {
            Span nobody = new Span();
            nobody.setText(nobody.getTranslation("overview.consumers.nobody"));
            return nobody;
        }
        Anchor link = new Anchor(consumersAddress(pot), "");
        link.setText(link.getTranslation("overview.consumers.count", pot.inUse()));
        link.getElement().setAttribute("router-link", true);
        String name = pot.name().phrase().in(link::getTranslation);
        link.setTitle(link.getTranslation("overview.consumers.title", name));
        link.getElement()
                .setAttribute("aria-label", link.getTranslation("overview.consumers.label", pot.inUse(), name));
        return link;
    }

    /** The Users view, filtered to who consumes this pot. */
    static String consumersAddress(PotUsage pot) {
        return "users?pot=" + pot.potId();
    }

    private void showInstallation(InstallationFacts known) {
        InstallationFacts facts = known.shown(this::getTranslation);
        installation.removeAll();
        installation.add(
                new Div(getTranslation("overview.installation.customer-id", facts.customerId())),
                new Div(getTranslation("overview.installation.instance-number", facts.instanceNumber())),
                new Div(getTranslation("overview.installation.server-ip", facts.serverIp())),
                new Div(getTranslation("overview.installation.version", facts.version())));
    }

    /** One concurrent pool: "2 of 3 in use", seed 004's "Full-access users (F): 1 remaining", and the bar. */
    static final class PoolCard extends Div {

        final Span figures = new Span();
        final Span remaining = new Span();
        final Div today = new Div();
        final UsageMeter meter = new UsageMeter();
        private final ConcurrentPool pool;

        PoolCard(ConcurrentPool pool) {
            this.pool = pool;
            setId("overview-pool-" + pool.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            addClassName("overview-card");
            today.addClassName("overview-today");
            add(new Span(name()), new Div(figures), new Div(remaining), meter, today);
        }

        /** "Today: peak 3 of 3, 2 refused". */
        void showToday(PoolSummary summary) {
            today.setText(
                    getTranslation("overview.today", summary.peakInUse(), summary.capacity(), summary.refusals()));
        }

        private String name() {
            return pool.phrase().in(this::getTranslation);
        }

        void show(PoolUsage usage) {
            figures.setText(getTranslation("overview.pool.in-use", usage.inUse(), usage.capacity()));
            remaining.setText(getTranslation("overview.pool.remaining", name(), pool.letter(), usage.remaining()));
            meter.show(name(), usage.inUse(), usage.capacity());
        }
    }
}
