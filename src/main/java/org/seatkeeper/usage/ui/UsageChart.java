package org.seatkeeper.usage.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepAreaRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.seatkeeper.usage.PotDay;
import org.seatkeeper.usage.UsagePoint;

/**
 * The Usage view's charts, drawn on the server with JFreeChart into SVG (JFreeSVG): a pool's peak in use
 * against its capacity with the refused sign-ins marked, a named pot's consumption against its capacity.
 * The background is transparent and the colours come from a {@link Palette} for the person's appearance.
 * The figures are in the view's tables: the chart is the picture, not the only place they are.
 */
final class UsageChart {

    /** More points than this are drawn by the day: a year by the hour would only blur the lines. */
    static final int MOST_POINTS = 1500;

    /** The words on a chart, in the reader's language; the dates on its time axis in the reader's locale. */
    record Words(
            String peak,
            String capacity,
            String refused,
            String consumption,
            String seats,
            String licences,
            Locale locale) {

        /** The words of a language, through the page's translation or a bundle. */
        static Words of(Function<String, String> translate, Locale locale) {
            return new Words(
                    translate.apply("usage.chart.peak"),
                    translate.apply("usage.chart.capacity"),
                    translate.apply("usage.chart.refused"),
                    translate.apply("usage.chart.consumption"),
                    translate.apply("usage.chart.seats"),
                    translate.apply("usage.chart.licences"),
                    locale);
        }

        static final Words ENGLISH = of(key -> new Texts().text(Language.ENGLISH, key), Locale.UK);
    }

    static final String PEAK = Words.ENGLISH.peak();
    static final String CAPACITY = Words.ENGLISH.capacity();
    static final String REFUSED = Words.ENGLISH.refused();
    static final String CONSUMPTION = Words.ENGLISH.consumption();

    private UsageChart() {}

    /** Colours that read on the appearance's background; {@link #DEVICE} reads on both. */
    enum Palette {
        LIGHT(new Color(0x1f2937), new Color(0xd1d5db), new Color(0x1d6fd8), new Color(0x374151), new Color(0xc62828)),
        DARK(new Color(0xe5e7eb), new Color(0x4b5563), new Color(0x60a5fa), new Color(0xe5e7eb), new Color(0xff6b6b)),
        DEVICE(new Color(0x7b8391), new Color(0x8b93a1), new Color(0x3b82f6), new Color(0x8b93a1), new Color(0xe5484d));

        final Color text;
        final Color grid;
        final Color use;
        final Color capacity;
        final Color refused;

        Palette(Color text, Color grid, Color use, Color capacity, Color refused) {
            this.text = text;
            this.grid = grid;
            this.use = use;
            this.capacity = capacity;
            this.refused = refused;
        }
    }

    /** A pool's peak in use (filled steps), its capacity (dashed steps) and a mark where sign-ins were refused. */
    static String pool(List<UsagePoint> points, ZoneId zone, Palette palette, int width, int height) {
        return pool(points, zone, palette, width, height, Words.ENGLISH);
    }

    static String pool(List<UsagePoint> points, ZoneId zone, Palette palette, int width, int height, Words words) {
        List<UsagePoint> drawn = points.size() > MOST_POINTS ? byDay(points, zone) : points;
        TimeSeries peak = new TimeSeries(words.peak());
        TimeSeries capacity = new TimeSeries(words.capacity());
        TimeSeries refused = new TimeSeries(words.refused());
        for (UsagePoint point : drawn) {
            Millisecond at = new Millisecond(Date.from(point.start()), TimeZone.getTimeZone(zone), words.locale());
            peak.add(at, point.peakInUse(), false);
            capacity.add(at, point.capacity(), false);
            if (point.denials() > 0) {
                refused.add(at, point.peakInUse(), false);
            }
        }
        XYPlot plot = plot(zone, palette, words.seats(), words.locale());
        XYStepAreaRenderer area = new XYStepAreaRenderer(XYStepAreaRenderer.AREA_AND_SHAPES);
        area.setShapesVisible(false);
        area.setSeriesPaint(0, translucent(palette.use));
        area.setOutline(false);
        plot.setDataset(0, new TimeSeriesCollection(peak));
        plot.setRenderer(0, area);
        XYStepRenderer line = new XYStepRenderer();
        line.setSeriesPaint(0, palette.capacity);
        line.setSeriesStroke(
                0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        plot.setDataset(1, new TimeSeriesCollection(capacity));
        plot.setRenderer(1, line);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesPaint(0, palette.refused);
        marks.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        plot.setDataset(2, new TimeSeriesCollection(refused));
        plot.setRenderer(2, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        return svg(plot, palette, width, height);
    }

    /** A named pot's highest consumption per day against its capacity. */
    static String pot(List<PotDay> days, ZoneId zone, Palette palette, int width, int height) {
        return pot(days, zone, palette, width, height, Words.ENGLISH);
    }

    static String pot(List<PotDay> days, ZoneId zone, Palette palette, int width, int height, Words words) {
        TimeSeries consumption = new TimeSeries(words.consumption());
        TimeSeries capacity = new TimeSeries(words.capacity());
        for (PotDay day : days) {
            Millisecond at = new Millisecond(
                    Date.from(day.day().atStartOfDay(zone).toInstant()), TimeZone.getTimeZone(zone), words.locale());
            consumption.add(at, day.consumption(), false);
            capacity.add(at, day.capacity(), false);
        }
        XYPlot plot = plot(zone, palette, words.licences(), words.locale());
        XYStepAreaRenderer area = new XYStepAreaRenderer(XYStepAreaRenderer.AREA);
        area.setSeriesPaint(0, translucent(palette.use));
        plot.setDataset(0, new TimeSeriesCollection(consumption));
        plot.setRenderer(0, area);
        XYStepRenderer line = new XYStepRenderer();
        line.setSeriesPaint(0, palette.capacity);
        line.setSeriesStroke(
                0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        plot.setDataset(1, new TimeSeriesCollection(capacity));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        return svg(plot, palette, width, height);
    }

    private static XYPlot plot(ZoneId zone, Palette palette, String unit, Locale locale) {
        DateAxis time = new DateAxis(null, TimeZone.getTimeZone(zone), locale);
        NumberAxis seats = new NumberAxis(unit);
        seats.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        seats.setAutoRangeIncludesZero(true);
        seats.setUpperMargin(0.15);
        for (var axis : List.of(time, seats)) {
            axis.setTickLabelPaint(palette.text);
            axis.setLabelPaint(palette.text);
            axis.setAxisLinePaint(palette.grid);
            axis.setTickMarkPaint(palette.grid);
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        }
        XYPlot plot = new XYPlot(null, time, seats, null);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(palette.grid);
        plot.setRangeGridlinePaint(palette.grid);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    private static String svg(XYPlot plot, Palette palette, int width, int height) {
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, true);
        chart.setBackgroundPaint(null);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(null);
        legend.setItemPaint(palette.text);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        return graphics.getSVGElement();
    }

    /** One point per day in the zone: the day's peak, its last capacity, its refusals. */
    static List<UsagePoint> byDay(List<UsagePoint> points, ZoneId zone) {
        List<UsagePoint> days = new ArrayList<>();
        LocalDate day = null;
        int peak = 0;
        int capacity = 0;
        int refused = 0;
        Instant start = null;
        for (UsagePoint point : points) {
            LocalDate of = LocalDate.ofInstant(point.start(), zone);
            if (!of.equals(day)) {
                if (day != null) {
                    days.add(new UsagePoint(start, peak, peak, capacity, 0, refused));
                }
                day = of;
                start = of.atStartOfDay(zone).toInstant();
                peak = 0;
                refused = 0;
            }
            peak = Math.max(peak, point.peakInUse());
            capacity = point.capacity();
            refused += point.denials();
        }
        if (day != null) {
            days.add(new UsagePoint(start, peak, peak, capacity, 0, refused));
        }
        return days;
    }

    private static Color translucent(Color color) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), 140);
    }
}
