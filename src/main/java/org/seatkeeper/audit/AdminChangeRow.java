package org.seatkeeper.audit;

import java.time.Instant;

/** One line of the administration log as the grid and the CSV export show it. */
public record AdminChangeRow(long id, Instant at, String actor, String what, String subject, String before,
                             String after) {
}
