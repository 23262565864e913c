package org.seatkeeper.directory;

/**
 * How a change would affect one named pot: in use now, capacity, and how many licences it would
 * take ({@code additional} > 0) or free ({@code additional} < 0).
 */
public record PotImpact(String pot, int inUse, int capacity, int additional) {

    public boolean fits() {
        return inUse + additional <= capacity;
    }

    public boolean frees() {
        return additional < 0;
    }

    public String describe() {
        return pot + ": " + inUse + " of " + capacity + " in use, this needs " + additional + " more";
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
            return "Would overfill " + pot + ": " + inUse + " of " + capacity + " in use, "
                    + Math.max(0, capacity - inUse) + " free, this needs " + additional + " more";
        }
        return "Takes " + additional + " more "
                + licences(additional).substring(String.valueOf(additional).length() + 1) + " (" + inUse + " → "
                + (inUse + additional) + " of " + capacity + " in use)";
    }

    /** "1 Cases licence", "3 Full licences", "2 active-user places". */
    String licences(int n) {
        if (pot.equals("Active users")) {
            return n + (n == 1 ? " active-user place" : " active-user places");
        }
        String base = pot.endsWith(" licences") ? pot.substring(0, pot.length() - " licences".length()) : pot;
        return n + " " + base + (n == 1 ? " licence" : " licences");
    }

    /** "1 user", "3 users". */
    public static String users(long n) {
        return n == 1 ? "1 user" : n + " users";
    }
}
