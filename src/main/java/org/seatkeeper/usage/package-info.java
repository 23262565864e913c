/**
 * Usage history (issue 10, PRODUCT.md rule 15): every minute's peak use, capacity and refusals for want
 * of a seat per concurrent pool, recorded exactly in the database: the statements that change a pool
 * (sessions' SeatPools) keep the minute running in its row, count refusals there and write the minute out
 * when it is over; each
 * named pot's consumption and capacity per day; the roll-up of old minutes into hours and the purge; the
 * what-if estimate of another capacity; {@code /api/v1/usage}; and the Usage view with its server-drawn
 * charts. Reads the sessions, directory and preferences modules; the overview shows today's
 * figures and the demo writes its history through {@link org.seatkeeper.usage.UsageBackfill}.
 * See docs/decisions/0015-usage-history.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Usage history")
package org.seatkeeper.usage;
