package org.seatkeeper.sessions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.PoolNames;
import org.seatkeeper.sessions.PoolSnapshot;
import org.seatkeeper.sessions.PoolUsage;
import org.seatkeeper.shared.UsageLevel;
import org.seatkeeper.shared.ui.UsageMeter;

/**
 * The three concurrent pools in one compact row: name, level in words, "2 of 3 in use · 1 free", and a
 * bar coloured by level ({@link UsageLevel}: the same rule and the same bar as on the Licence overview
 * and the Licences view). The same elements are updated on every push, so nothing flickers.
 */
class PoolMeters extends Div {

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
    static UsageLevel level(PoolUsage usage) {
        return usage.level();
    }

    /** "2 of 3 in use · 1 free", in the reader's language. */
    static String figures(PoolUsage usage) {
        return SessionText.words("sessions.pool.figures", usage.inUse(), usage.capacity(), usage.remaining());
    }

    /** One pool's meter: a head with name, level and figures over the shared usage bar. */
    static final class Meter extends Div {

        final Span name = new Span();
        final Span figures = new Span();
        final UsageMeter bar = new UsageMeter();
        private UsageLevel shown;

        Meter(ConcurrentPool pool) {
            setId("pool-" + pool.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            addClassName("pool-meter");
            name.setText(getTranslation(PoolNames.key(pool)));
            name.addClassName("pool-meter-name");
            figures.addClassName("pool-meter-figures");
            Div head = new Div(name, figures);
            head.addClassName("pool-meter-head");
            add(head, bar);
        }

        void show(PoolUsage usage) {
            UsageLevel now = level(usage);
            if (shown != now) {
                if (shown != null) {
                    removeClassName("pool-meter-" + shown.key());
                }
                addClassName("pool-meter-" + now.key());
                shown = now;
            }
            figures.setText(figures(usage));
            bar.show(name.getText(), usage.inUse(), usage.capacity());
        }

        String text() {
            String level = bar.levelText();
            return name.getText() + (level.isEmpty() ? "" : " " + level) + " " + figures.getText();
        }
    }

    /** What the row says, for tests and tooltips: "Full-access 2 of 3 in use · 1 free, ...". */
    String text() {
        return String.join(", ", meters.values().stream().map(Meter::text).toList());
    }
}
