package org.seatkeeper.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.seatkeeper.shared.UsageLevel;

/**
 * The one usage bar of the portal (Licence overview, Licences, Active sessions): a bar filled to
 * the share in use, coloured by {@link UsageLevel}, the level in words beside it, and an accessible
 * name such as "Documents: 8 of 10 used". The same elements are updated in place on every push.
 */
public class UsageMeter extends Div {

    private final Div fill = new Div();
    private final Div bar = new Div(fill);
    private final Span level = new Span();
    private UsageLevel shown;

    public UsageMeter() {
        addClassName("usage-meter");
        bar.addClassName("usage-bar");
        fill.addClassName("usage-fill");
        level.addClassName("usage-level");
        bar.getElement().setAttribute("role", "meter");
        bar.getElement().setAttribute("aria-valuemin", "0");
        add(bar, level);
    }

    public UsageMeter(String name, int inUse, int capacity) {
        this();
        show(name, inUse, capacity);
    }

    /** Shows {@code inUse} of {@code capacity} for the pot or pool called {@code name}. */
    public void show(String name, int inUse, int capacity) {
        UsageLevel now = UsageLevel.of(inUse, capacity);
        if (shown != now) {
            if (shown != null) {
                removeClassName("usage-" + shown.key());
            }
            addClassName("usage-" + now.key());
            shown = now;
        }
        String words = words(now);
        level.setText(words);
        level.setVisible(!words.isEmpty());
        int percent = capacity <= 0 ? (inUse > 0 ? 100 : 0) : (int) Math.min(100, Math.round(100.0 * inUse / capacity));
        fill.getStyle().setWidth(percent + "%");
        bar.getElement().setAttribute("aria-valuemax", String.valueOf(Math.max(capacity, inUse)));
        bar.getElement().setAttribute("aria-valuenow", String.valueOf(inUse));
        bar.getElement().setAttribute("aria-label", accessibleName(name, inUse, capacity, words));
    }

    /** "Documents: 8 of 10 used", with the level in words when it needs attention, in the reader's language. */
    private String accessibleName(String name, int inUse, int capacity, String words) {
        return words.isEmpty()
                ? getTranslation("usage-meter.label", name, inUse, capacity)
                : getTranslation("usage-meter.label.level", name, inUse, capacity, words.toLowerCase(getLocale()));
    }

    /** "Nearly full", "Full", "None bought" in the reader's language; empty at the normal level. */
    private String words(UsageLevel level) {
        return switch (level) {
            case NORMAL -> "";
            case NEARLY_FULL -> getTranslation("usage-level.nearly-full");
            case FULL -> getTranslation("usage-level.full");
            case NONE -> getTranslation("usage-level.none");
        };
    }

    public UsageLevel level() {
        return shown;
    }

    /** The accessible name, as a screen reader announces it. */
    public String label() {
        return bar.getElement().getAttribute("aria-label");
    }

    /** The level in words, empty at the normal level. */
    public String levelText() {
        return level.isVisible() ? level.getText() : "";
    }
}
