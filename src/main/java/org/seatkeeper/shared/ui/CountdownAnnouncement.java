package org.seatkeeper.shared.ui;

import com.vaadin.flow.component.html.Span;
import java.util.function.LongFunction;

/**
 * A countdown's words for screen readers: a live region, not shown, that speaks when the countdown
 * starts and again as it passes each of a few marks (one minute, 30 and 10 seconds). Announcing every
 * second would drown out everything else the person hears; the visible seconds beside it stay silent.
 * "polite" waits until the screen reader has finished speaking, "assertive" interrupts it, for a
 * request that cannot wait (docs/decisions/0013-accessibility.md).
 */
public class CountdownAnnouncement extends Span {

    static final long[] MARKS = {60, 30, 10};

    private final LongFunction<String> words;
    private long lastSpoken = -1;

    public CountdownAnnouncement(boolean assertive, LongFunction<String> words) {
        this.words = words;
        addClassName("visually-hidden");
        getElement().setAttribute("role", assertive ? "alert" : "status");
        getElement().setAttribute("aria-live", assertive ? "assertive" : "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** Called on every tick; changes the spoken text only at the start and at each mark passed. */
    public void secondsLeft(long seconds) {
        long left = Math.max(0, seconds);
        if (lastSpoken < 0 || passedMark(lastSpoken, left)) {
            setText(words.apply(left));
            lastSpoken = left;
        }
    }

    /** What a screen reader last heard (empty before the first tick). */
    public String spoken() {
        return getText();
    }

    private static boolean passedMark(long before, long now) {
        for (long mark : MARKS) {
            if (before > mark && now <= mark) {
                return true;
            }
        }
        return false;
    }
}
