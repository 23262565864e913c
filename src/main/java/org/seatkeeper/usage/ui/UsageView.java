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
import org.seatkeeper.sessions.PoolNames;
import org.seatkeeper.shared.Language;
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

    final RadioButtonGroup<UsagePeriod> period = new RadioButtonGroup<>(getTranslation("usage.period"));
    final Grid<PoolSummary> pools = new Grid<>();
    final Select<ConcurrentPool> whatIfPool = new Select<>();
    final IntegerField whatIfSeats = new IntegerField(getTranslation("usage.what-if.seats"));
    final Button estimate = new Button(getTranslation("usage.what-if.estimate"));
    final Div whatIfResult = new Div();
    final Paragraph whatIfMethod = new Paragraph(getTranslation("usage.what-if.method"));
    final Div charts = new Div();
    final Grid<PotSummary> pots = new Grid<>();
    final Select<PotSummary> pot = new Select<>();
    final Div potChart = new Div();

    private final UsageReports reports;
    private final Preferences preferences;
    private final ZoneId zone;
    /** The page's language, for the CSV files, which are written outside the page's request. */
    private final Language language;

    private List<UsageReports.PoolHistory> shown = List.of();
    private UsageChart.Palette palette = UsageChart.Palette.LIGHT;
    private Registration appearanceShown;

    UsageView(UsageReports reports, Preferences preferences, Clock clock) {
        this.reports = reports;
        this.preferences = preferences;
        this.zone = clock.getZone();
        this.language = Language.of(getLocale());
        addClassName("usage-view");

        period.setId("usage-period");
        period.setItems(UsagePeriod.values());
        period.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        period.setValue(UsagePeriod.WEEK);
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        pools.setId("usage-pools");
        pools.addColumn(s -> getTranslation(PoolNames.key(s.pool())))
                .setHeader(getTranslation("usage.pools.pool"))
                .setKey("pool")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(s -> getTranslation("usage.pools.peak-of", s.peakInUse(), s.capacity()))
                .setHeader(getTranslation("usage.pools.peak"))
                .setKey("peak")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(s -> s.averageAtWorkingHours() == null
                        ? getTranslation("usage.pools.no-working-hours")
                        : getTranslation("usage.pools.average-of", s.averageAtWorkingHours()))
                .setHeader(getTranslation("usage.pools.average"))
                .setKey("average")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(this::timeAtCapacity)
                .setHeader(getTranslation("usage.pools.at-capacity"))
                .setKey("atCapacity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(s -> getTranslation("usage.pools.refusals-of", s.refusals(), s.usersRefused()))
                .setHeader(getTranslation("usage.pools.refusals"))
                .setKey("refusals")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pools.addColumn(s -> s.busiestHours().isEmpty()
                        ? getTranslation("usage.pools.none-in-use")
                        : String.join(
                                ", ",
                                s.busiestHours().stream()
                                        .map(hour -> hour.label(getLocale()))
                                        .toList()))
                .setHeader(getTranslation("usage.pools.busiest"))
                .setKey("busiest")
                .setFlexGrow(1);
        pools.setAllRowsVisible(true);
        pools.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Anchor poolsCsv =
                CsvDownload.link("usage-pools.csv", getTranslation("usage.export-table"), this::writePoolsCsv);
        poolsCsv.setId("usage-pools-csv");

        whatIfPool.setId("what-if-pool");
        whatIfPool.setLabel(getTranslation("usage.pools.pool"));
        whatIfPool.setItems(ConcurrentPool.values());
        whatIfPool.setItemLabelGenerator(pool -> getTranslation(PoolNames.key(pool)));
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
        pots.addColumn(PotSummary::name)
                .setHeader(getTranslation("usage.pots.pot"))
                .setKey("pot")
                .setAutoWidth(true);
        pots.addColumn(PotSummary::highestConsumption)
                .setHeader(getTranslation("usage.pots.highest"))
                .setKey("highest")
                .setAutoWidth(true);
        pots.addColumn(PotSummary::capacity)
                .setHeader(getTranslation("usage.pots.capacity"))
                .setKey("capacity")
                .setAutoWidth(true);
        pots.addColumn(p -> getTranslation("usage.pots.days", p.daysAtCapacity()))
                .setHeader(getTranslation("usage.pots.full-on"))
                .setKey("daysFull")
                .setAutoWidth(true);
        pots.setAllRowsVisible(true);
        pots.addThemeVariants(GridVariant.LUMO_COMPACT);
        Anchor potsCsv = CsvDownload.link("usage-pots.csv", getTranslation("usage.export-table"), this::writePotsCsv);
        potsCsv.setId("usage-pots-csv");
        pot.setId("usage-pot");
        pot.setLabel(getTranslation("usage.pots.chart-of"));
        pot.setItemLabelGenerator(PotSummary::name);
        pot.addValueChangeListener(e -> drawPot());
        potChart.setId("usage-pot-chart");
        potChart.setWidthFull();

        add(
                new H1(getTranslation("menu.usage")),
                period,
                new H2(getTranslation("usage.pools.heading")),
                pools,
                poolsCsv,
                new H2(getTranslation("usage.what-if.heading")),
                new Paragraph(getTranslation("usage.what-if.intro")),
                whatIf,
                whatIfResult,
                whatIfMethod,
                new H2(getTranslation("usage.charts.heading")),
                charts,
                new H2(getTranslation("usage.pots.heading")),
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
        whatIfResult.setText(
                replayable
                        ? ""
                        : getTranslation(
                                "usage.what-if.not-kept",
                                getTranslation(chosen.labelKey()).toLowerCase(getLocale()),
                                reports.minuteRetentionDays()));
        drawPools();
    }

    void estimate() {
        UsagePeriod chosen = period.getValue();
        whatIfResult.removeClassName("form-error");
        if (whatIfSeats.isInvalid() || (whatIfSeats.getValue() == null && !whatIfSeats.isEmpty())) {
            refuse(getTranslation("usage.what-if.not-a-number", UsageReports.MOST_SEATS));
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
    String estimateText(ConcurrentPool pool, UsagePeriod period, WhatIf.Estimate estimate) {
        return getTranslation(
                "usage.what-if.estimate-of",
                estimate.capacity(),
                getTranslation(PoolNames.key(pool)),
                getTranslation(period.labelKey()).toLowerCase(getLocale()),
                estimate.refusals(),
                estimate.recordedRefusals(),
                duration(estimate.minutesAtCapacity()),
                estimate.shareAtCapacity(),
                duration(estimate.recordedMinutesAtCapacity()));
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
            String poolName = getTranslation(PoolNames.key(pool));
            Image chart = image(
                    UsageChart.pool(history.chart(), zone, palette, CHART_WIDTH, POOL_CHART_HEIGHT, chartWords()),
                    "usage-" + name + ".svg",
                    getTranslation(
                            "usage.chart.pool.description",
                            poolName,
                            getTranslation(history.summary().period().labelKey())
                                    .toLowerCase(getLocale())));
            chart.setId("usage-chart-" + name);
            HorizontalLayout exports = new HorizontalLayout(CsvDownload.link(
                    "usage-" + name + "-hours.csv",
                    getTranslation("usage.export.hours", poolName),
                    out -> writeSeriesCsv(pool, Resolution.HOUR, out)));
            if (reports.minutesKept(history.summary().period())) {
                exports.add(CsvDownload.link(
                        "usage-" + name + "-minutes.csv",
                        getTranslation("usage.export.minutes", poolName),
                        out -> writeSeriesCsv(pool, Resolution.MINUTE, out)));
            }
            charts.add(new H3(poolName), chart, exports);
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
            potChart.add(image(
                    UsageChart.pot(chosen.days(), zone, palette, CHART_WIDTH, POT_CHART_HEIGHT, chartWords()),
                    "usage-pot.svg",
                    getTranslation("usage.chart.pot.description", chosen.name())));
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
        UsageCsv.pools(shown.stream().map(UsageReports.PoolHistory::summary).toList(), out, language);
    }

    void writePotsCsv(Writer out) {
        UsageCsv.pots(reports.pots(), out, language);
    }

    void writeSeriesCsv(ConcurrentPool pool, Resolution resolution, Writer out) {
        UsageCsv.series(pool, reports.series(pool, period.getValue(), resolution), out, language);
    }

    /** "2 h 5 min (3.1%)". */
    String timeAtCapacity(PoolSummary summary) {
        return getTranslation(
                "usage.pools.at-capacity-of", duration(summary.minutesAtCapacity()), summary.shareAtCapacity());
    }

    /** "31 min", "2 h 5 min" (Swedish "2 tim 5 min"). */
    String duration(long minutes) {
        return minutes < 60
                ? getTranslation("usage.duration.minutes", minutes)
                : getTranslation("usage.duration.hours-minutes", minutes / 60, minutes % 60);
    }

    /** The words of the charts in the page's language, with its dates in the page's locale. */
    private UsageChart.Words chartWords() {
        return UsageChart.Words.of(key -> getTranslation(key), getLocale());
    }
}
