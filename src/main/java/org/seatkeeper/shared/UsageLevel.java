package org.seatkeeper.shared;

/**
 * How full a licence pot or seat pool is, in words and as a style: the one rule for every meter,
 * named pots and concurrent pools alike. Amber ("Nearly full") from {@link #NEARLY_FULL_PERCENT}
 * of the capacity in use, red ("Full") only when nothing is left. The words are always shown with
 * the colour, so colour is never the only signal.
 */
public enum UsageLevel {
    NORMAL(""),
    NEARLY_FULL("Nearly full"),
    FULL("Full"),
    NONE("None bought");

    /** From this share of the capacity in use (rounded up to whole seats) a pot is nearly full. */
    public static final int NEARLY_FULL_PERCENT = 90;

    private final String words;

    UsageLevel(String words) {
        this.words = words;
    }

    /**
     * The level of {@code inUse} of {@code capacity}. A capacity of 0 is "None bought" while nobody
     * uses it and full as soon as someone does (a capacity lowered by hand below use).
     */
    public static UsageLevel of(int inUse, int capacity) {
        if (capacity <= 0) {
            return inUse > 0 ? FULL : NONE;
        }
        if (inUse >= capacity) {
            return FULL;
        }
        return (long) inUse * 100 >= (long) capacity * NEARLY_FULL_PERCENT ? NEARLY_FULL : NORMAL;
    }

    /** "Nearly full", "Full", "None bought", or empty for the normal level. */
    public String words() {
        return words;
    }

    /** Needs an administrator's eye: nearly full or full. */
    public boolean needsAttention() {
        return this == NEARLY_FULL || this == FULL;
    }

    /** "normal", "nearly-full", "full", "none": the suffix of the style classes. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
