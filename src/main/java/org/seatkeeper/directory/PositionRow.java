package org.seatkeeper.directory;

/** A position in the setup list: who holds it now (null if free) and whether it was ever held. */
public record PositionRow(long id, String title, boolean enabled, boolean everUsed, String holder) {}
