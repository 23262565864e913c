package org.seatkeeper.sessions.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.seatkeeper.sessions.ConcurrentPool;
import org.seatkeeper.sessions.PoolSnapshot;
import org.seatkeeper.sessions.PoolUsage;

/**
 * The three concurrent pools in one compact row: name, level in words, "2 of 3 in use · 1 free", and a
 * bar coloured by level (normal, nearly full from {@link #NEARLY_FULL}, full). The same elements are
 * updated on every push, so nothing flickers.
 */
class PoolMeters extends Div {

    /** From this share of the capacity in use a pool is "nearly full" (amber). */
    static final double NEARLY_FULL = 0.9;

    private final Map<ConcurrentPool, Meter> meters = new EnumMap<>(ConcurrentPool.class);

    PoolMeters() {
        setId("pool-meters");
        addClassName("pool-meters");
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            Meter meter = new Meter(pool);
            meters.put(pool, meter);
            add(meter);
        }
    }

    void show(PoolSnapshot snapshot) {
        meters.forEach((pool, meter) -> meter.show(snapshot.usage(pool)));
    }

    /** "Nearly full", "Full", "None bought" or nothing, for a pool's use. */
    static Level level(PoolUsage usage) {
        if (usage.capacity() == 0) {
            return Level.NONE;
        }
        if (!usage.hasRoom()) {
            return Level.FULL;
        }
        return usage.inUse() >= NEARLY_FULL * usage.capacity() ? Level.NEARLY_FULL : Level.NORMAL;
    }

    /** "2 of 3 in use · 1 free". */
    static String figures(PoolUsage usage) {
        return usage.inUse() + " of " + usage.capacity() + " in use · " + usage.remaining() + " free";
    }

    enum Level {
        NORMAL(""), NEARLY_FULL("Nearly full"), FULL("Full"), NONE("None bought");

        final String words;

        Level(String words) {
            this.words = words;
        }

        String style() {
            return "pool-meter-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One pool's meter. */
    static final class Meter extends Div {

        final Span name = new Span();
        final Span level = new Span();
        final Span figures = new Span();
        final Div fill = new Div();
        private Level shown;

        Meter(ConcurrentPool pool) {
            setId("pool-" + pool.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            addClassName("pool-meter");
            name.setText(pool.label());
            name.addClassName("pool-meter-name");
            level.addClassName("pool-meter-level");
            figures.addClassName("pool-meter-figures");
            fill.addClassName("pool-meter-fill");
            Div bar = new Div(fill);
            bar.addClassName("pool-meter-bar");
            Div head = new Div(name, level, figures);
            head.addClassName("pool-meter-head");
            add(head, bar);
        }

        void show(PoolUsage usage) {
            Level now = level(usage);
            if (shown != now) {
                if (shown != null) {
                    removeClassName(shown.style());
                }
                addClassName(now.style());
                shown = now;
            }
            level.setText(now.words);
            level.setVisible(!now.words.isEmpty());
            figures.setText(figures(usage));
            int percent = usage.capacity() == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * usage.inUse() / usage.capacity()));
            fill.getStyle().setWidth(percent + "%");
        }

        String text() {
            return name.getText() + (level.isVisible() ? " " + level.getText() : "") + " " + figures.getText();
        }
    }

    /** What the row says, for tests and tooltips: "Full-access 2 of 3 in use · 1 free, ...". */
    String text() {
        return String.join(", ", meters.values().stream().map(Meter::text).toList());
    }
}
