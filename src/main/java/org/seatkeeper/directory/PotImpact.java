package org.seatkeeper.directory;

/** How a change would affect one named pot: in use now, capacity, and how many more it would take. */
public record PotImpact(String pot, int inUse, int capacity, int additional) {

    public boolean fits() {
        return inUse + additional <= capacity;
    }

    public String describe() {
        return pot + ": " + inUse + " of " + capacity + " in use, this needs " + additional + " more";
    }
}
