package org.seatkeeper.usage.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.preferences.Appearance;
import org.seatkeeper.preferences.AppearanceShown;
import org.seatkeeper.preferences.Preferences;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.CsvDownload;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.usage.PoolSummary;
import org.seatkeeper.usage.PotSummary;
import org.seatkeeper.usage.Resolution;
import org.seatkeeper.usage.UsageCsv;
import org.seatkeeper.usage.UsagePeriod;
import org.seatkeeper.usage.UsageReports;
import org.seatkeeper.usage.WhatIf;

/**
 * The usage history for deciding how many licences to buy (issue 10): per concurrent pool over a period,
 * the figures (table first: it is also the charts' text alternative), what another capacity would have
 * done, and charts of peak use against capacity; per named pot, consumption against capacity over a
 * year. Charts are drawn on the server as SVG in colours for the person's appearance, redrawn when it
 * changes. Every table and series exports as CSV.
 */
@Route("usage")
@Menu(title = "menu.usage", order = 2, icon = "vaadin:chart")
@RolesAllowed(Roles.ADMIN)
class UsageView extends VerticalLayout {

    static final int CHART_WIDTH = 960;
    static final int POOL_CHART_HEIGHT = 220;
    static final int POT_CHART_HEIGHT = 200;

    final RadioButtonGroup<UsagePeriod> period = new RadioButtonGroup<>("Period");
    final Grid<PoolSummary> pools = new Grid<>();
    final Select<ConcurrentPool> whatIfPool = new Select<>();
    final IntegerField whatIfSeats = new IntegerField("Seats");
    final Button estimate = new Button("Estimate");
    final Div whatIfResult = new Div();
    final Paragraph whatIfMethod = new Paragraph(UsageReports.WHAT_IF_METHOD);
    final Div charts = new Div();
    final Grid<PotSummary> pots = new Grid<>();
    final Select<PotSummary> pot = new Select<>();
    final Div potChart = new Div();

    private final UsageReports reports;
    private final Preferences preferences;
    private final ZoneId zone;
    private List<UsageReports.PoolHistory> shown = List.of();
    private UsageChart.Palette palette = UsageChart.Palette.LIGHT;
    private Registration appearanceShown;

    UsageView(UsageReports reports, Preferences preferences, Clock clock) {
        this.reports = reports;
        this.preferences = preferences;
        this.zone = clock.getZone();
        addClassName("usage-view");

        period.setId("usage-period");
        period.setItems(UsagePeriod.values());
        period.setItemLabelGenerator(UsagePeriod::label);
        period.setValue(UsagePeriod.WEEK);
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        pools.setId("usage-pools");
        pools.addColumn(s -> s.pool().label())
                .setHeader("Pool")
                .setKey("pool")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(s -> s.peakInUse() + " of " + s.capacity())
                .setHeader("Peak")
                .setKey("peak")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(s ->
                        s.averageAtWorkingHours() == null ? "No working hours" : decimal(s.averageAtWorkingHours()))
                .setHeader("Average at working hours")
                .setKey("average")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(UsageView::timeAtCapacity)
                .setHeader("Time at capacity")
                .setKey("atCapacity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(s -> s.refusals()
                        + (s.refusals() == 0
                                ? ""
                                : s.usersRefused() == 1 ? " (1 person)" : " (" + s.usersRefused() + " people)"))
                .setHeader("Refused sign-ins")
                .setKey("refusals")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(s -> s.busiestHours().isEmpty()
                        ? "None in use"
                        : String.join(
                                ", ",
                                s.busiestHours().stream()
                                        .map(PoolSummary.BusyHour::label)
                                        .toList()))
                .setHeader("Busiest hours of the week")
                .setKey("busiest")
                .setFlexGrow(1);
        pools.setAllRowsVisible(true);
        pools.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Anchor poolsCsv = CsvDownload.link("usage-pools.csv", "Export table (CSV)", this::writePoolsCsv);
        poolsCsv.setId("usage-pools-csv");

        whatIfPool.setId("what-if-pool");
        whatIfPool.setLabel("Pool");
        whatIfPool.setItems(ConcurrentPool.values());
        whatIfPool.setItemLabelGenerator(ConcurrentPool::label);
        whatIfPool.setValue(ConcurrentPool.FULL_ACCESS);
        whatIfSeats.setId("what-if-seats");
        whatIfSeats.setMin(0);
        whatIfSeats.setMax(UsageReports.MOST_SEATS);
        whatIfSeats.setStepButtonsVisible(true);
        whatIfSeats.setWidth("9em");
        estimate.setId("what-if-estimate");
        estimate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        estimate.addClickListener(e -> estimate());
        whatIfResult.setId("what-if-result");
        whatIfResult.addClassName("what-if-result");
        whatIfMethod.setId("what-if-method");
        whatIfMethod.addClassName("what-if-method");
        HorizontalLayout whatIf = new HorizontalLayout(whatIfPool, whatIfSeats, estimate);
        whatIf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        charts.setId("usage-charts");
        charts.setWidthFull();

        pots.setId("usage-pots");
        pots.addColumn(PotSummary::name).setHeader("Pot").setKey("pot").setAutoWidth(true);
        pots.addColumn(PotSummary::highestConsumption)
                .setHeader("Highest consumption")
                .setKey("highest")
                .setAutoWidth(true);
        pots.addColumn(PotSummary::capacity)
                .setHeader("Capacity now")
                .setKey("capacity")
                .setAutoWidth(true);
        pots.addColumn(p -> p.daysAtCapacity() == 1 ? "1 day" : p.daysAtCapacity() + " days")
                .setHeader("Full on")
                .setKey("daysFull")
                .setAutoWidth(true);
        pots.setAllRowsVisible(true);
        pots.addThemeVariants(GridVariant.LUMO_COMPACT);
        Anchor potsCsv = CsvDownload.link("usage-pots.csv", "Export table (CSV)", this::writePotsCsv);
        potsCsv.setId("usage-pots-csv");
        pot.setId("usage-pot");
        pot.setLabel("Chart of");
        pot.setItemLabelGenerator(PotSummary::name);
        pot.addValueChangeListener(e -> drawPot());
        potChart.setId("usage-pot-chart");
        potChart.setWidthFull();

        add(
                new H1("Usage"),
                period,
                new H2("Concurrent pools"),
                pools,
                poolsCsv,
                new H2("What if"),
                new Paragraph("Try another number of seats for a pool: the refusals and the time at capacity it would"
                        + " have had over the period, replayed from the recorded minutes."),
                whatIf,
                whatIfResult,
                whatIfMethod,
                new H2("Peak in use against capacity"),
                charts,
                new H2("Named licences over 12 months"),
                pots,
                potsCsv,
                pot,
                potChart);
        setMaxWidth(CHART_WIDTH + 40 + "px");
        show(UsagePeriod.WEEK);
        showPots();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        appearanceShown = AppearanceShown.listen(event.getUI(), shown -> redraw(shown.appearance()));
        redraw(preferences.appearance());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (appearanceShown != null) {
            appearanceShown.remove();
            appearanceShown = null;
        }
    }

    /** The period's figures and charts; the what-if is offered only where the minutes are kept. */
    void show(UsagePeriod chosen) {
        shown = reports.pools(chosen);
        pools.setItems(shown.stream().map(UsageReports.PoolHistory::summary).toList());
        boolean replayable = reports.minutesKept(chosen);
        whatIfPool.setEnabled(replayable);
        whatIfSeats.setEnabled(replayable);
        estimate.setEnabled(replayable);
        whatIfResult.removeClassName("form-error");
        whatIfResult.setText(replayable ? "" : reports.minutesNotKept(chosen));
        drawPools();
    }

    void estimate() {
        UsagePeriod chosen = period.getValue();
        whatIfResult.removeClassName("form-error");
        if (whatIfSeats.isInvalid() || (whatIfSeats.getValue() == null && !whatIfSeats.isEmpty())) {
            refuse("Type the number of seats as a whole number from 0 to " + UsageReports.MOST_SEATS + ".");
            return;
        }
        try {
            WhatIf.Estimate estimate = reports.whatIf(whatIfPool.getValue(), chosen, whatIfSeats.getValue());
            whatIfResult.setText(estimateText(whatIfPool.getValue(), chosen, estimate));
        } catch (RefusedException refused) {
            refuse(Refusals.text(refused));
        }
    }

    private void refuse(String message) {
        whatIfResult.addClassName("form-error");
        whatIfResult.setText(message);
    }

    /** "With 5 Full-access seats over 7 days: about 0 refused sign-ins (12 recorded) and 0 h 0 min at capacity (...)". */
    static String estimateText(ConcurrentPool pool, UsagePeriod period, WhatIf.Estimate estimate) {
        return "With " + estimate.capacity() + " " + pool.label() + (estimate.capacity() == 1 ? " seat" : " seats")
                + " over " + period.label().toLowerCase(Locale.ENGLISH) + ": about " + estimate.refusals()
                + " refused sign-ins (" + estimate.recordedRefusals() + " recorded) and "
                + duration(estimate.minutesAtCapacity())
                + " at capacity, " + percent(estimate.shareAtCapacity()) + " of the time (recorded: "
                + duration(estimate.recordedMinutesAtCapacity()) + ").";
    }

    /** Draws the charts again in the appearance's colours, unless they are in them already. */
    private void redraw(Appearance appearance) {
        UsageChart.Palette next = switch (appearance) {
            case LIGHT -> UsageChart.Palette.LIGHT;
            case DARK -> UsageChart.Palette.DARK;
            case DEVICE -> UsageChart.Palette.DEVICE;
        };
        if (next == palette) {
            return;
        }
        palette = next;
        drawPools();
        drawPot();
    }

    private void drawPools() {
        charts.removeAll();
        for (UsageReports.PoolHistory history : shown) {
            ConcurrentPool pool = history.summary().pool();
            String name = pool.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Image chart = image(
                    UsageChart.pool(history.chart(), zone, palette, CHART_WIDTH, POOL_CHART_HEIGHT),
                    "usage-" + name + ".svg",
                    pool.label() + ": peak in use against capacity over "
                            + history.summary().period().label().toLowerCase(Locale.ENGLISH)
                            + ", refused sign-ins marked; the figures are in the table above.");
            chart.setId("usage-chart-" + name);
            HorizontalLayout exports = new HorizontalLayout(CsvDownload.link(
                    "usage-" + name + "-hours.csv",
                    pool.label() + " by the hour (CSV)",
                    out -> writeSeriesCsv(pool, Resolution.HOUR, out)));
            if (reports.minutesKept(history.summary().period())) {
                exports.add(CsvDownload.link(
                        "usage-" + name + "-minutes.csv",
                        pool.label() + " by the minute (CSV)",
                        out -> writeSeriesCsv(pool, Resolution.MINUTE, out)));
            }
            charts.add(new H3(pool.label()), chart, exports);
        }
    }

    private void showPots() {
        List<PotSummary> named = reports.pots();
        pots.setItems(named);
        pot.setItems(named);
        pot.setVisible(!named.isEmpty());
        if (!named.isEmpty()) {
            pot.setValue(named.getFirst());
        }
    }

    private void drawPot() {
        potChart.removeAll();
        PotSummary chosen = pot.getValue();
        if (chosen != null) {
            potChart.add(
                    image(
                            UsageChart.pot(chosen.days(), zone, palette, CHART_WIDTH, POT_CHART_HEIGHT),
                            "usage-pot.svg",
                            chosen.name()
                                    + ": consumption against capacity per day over 12 months; the figures are in the table above."));
        }
    }

    private static Image image(String svg, String fileName, String description) {
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        Image image = new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "image/svg+xml", bytes.length)),
                description);
        image.addClassName("usage-chart");
        image.setWidthFull();
        return image;
    }

    void writePoolsCsv(Writer out) {
        UsageCsv.pools(shown.stream().map(UsageReports.PoolHistory::summary).toList(), out);
    }

    void writePotsCsv(Writer out) {
        UsageCsv.pots(reports.pots(), out);
    }

    void writeSeriesCsv(ConcurrentPool pool, Resolution resolution, Writer out) {
        UsageCsv.series(pool, reports.series(pool, period.getValue(), resolution), out);
    }

    /** "2 h 5 min (3.1%)". */
    static String timeAtCapacity(PoolSummary summary) {
        return duration(summary.minutesAtCapacity()) + " (" + percent(summary.shareAtCapacity()) + ")";
    }

    static String duration(long minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    static String percent(double share) {
        return String.format(Locale.ENGLISH, "%.1f%%", share * 100);
    }

    static String decimal(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }
}
