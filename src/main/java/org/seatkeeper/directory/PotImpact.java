package org.seatkeeper.directory;

/**
 * How a change would affect one named pot: in use now, capacity, and how many licences it would
 * take ({@code additional} > 0) or free ({@code additional} < 0).
 */
public record PotImpact(PotName name, int inUse, int capacity, int additional) {

    /** A pot known by its English label only ("Documents", "Full licences", "Active users"). */
    public PotImpact(String pot, int inUse, int capacity, int additional) {
        this(PotName.parse(pot), inUse, capacity, additional);
    }

    /** The pot's English name. */
    public String pot() {
        return name.label();
    }

    public boolean fits() {
        return inUse + additional <= capacity;
    }

    public boolean frees() {
        return additional < 0;
    }

    public String describe() {
        return pot() + ": " + inUse + " of " + capacity + " in use, this needs " + additional + " more";
    }

    /** {@link #describe()} in the reader's language. */
    public Phrase description() {
        return Phrase.of("impact.describe", name.phrase(), inUse, capacity, additional);
    }

    /** {@link #summary()} in the reader's language. */
    public Phrase summaryPhrase() {
        if (frees()) {
            return Phrase.of("impact.frees", name.licences(-additional), inUse, inUse + additional, capacity);
        }
        if (!fits()) {
            return Phrase.of(
                    "impact.overfills", name.phrase(), inUse, capacity, Math.max(0, capacity - inUse), additional);
        }
        return Phrase.of("impact.takes", name.moreLicences(additional), inUse, inUse + additional, capacity);
    }

    /**
     * One plain sentence for the preview: "Takes 2 more Cases licences (5 → 7 of 20 in use)", "Frees 3
     * Documents licences (5 → 2 of 20 in use)", or "Would overfill Cases: 0 of 1 in use, 1 free, this
     * needs 2 more".
     */
    public String summary() {
        if (frees()) {
            return "Frees " + licences(-additional) + " (" + inUse + " → " + (inUse + additional) + " of " + capacity
                    + " in use)";
        }
        if (!fits()) {
            return "Would overfill " + pot() + ": " + inUse + " of " + capacity + " in use, "
                    + Math.max(0, capacity - inUse) + " free, this needs " + additional + " more";
        }
        return "Takes " + additional + " more "
                + licences(additional).substring(String.valueOf(additional).length() + 1) + " (" + inUse + " → "
                + (inUse + additional) + " of " + capacity + " in use)";
    }

    /** "1 Cases licence", "3 Full licences", "2 active-user places". */
    String licences(int n) {
        if (name.scope() == PotScope.ACTIVE_USERS) {
            return n + (n == 1 ? " active-user place" : " active-user places");
        }
        return n + " " + name.name() + (n == 1 ? " licence" : " licences");
    }

    /** "1 user", "3 users". */
    public static String users(long n) {
        return n == 1 ? "1 user" : n + " users";
    }
}
