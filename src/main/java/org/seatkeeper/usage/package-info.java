/**
 * Usage history (issue 10, PRODUCT.md rule 15): every minute's peak use, capacity and refusals for want
 * of a seat per concurrent pool, recorded exactly by database triggers on the pool rows and the access
 * log; each named pot's consumption and capacity per day; the roll-up of old minutes into hours and the
 * purge; the what-if estimate of another capacity; and {@code /api/v1/usage}. Reads the sessions and
 * directory modules; nothing depends on it. See docs/decisions/0015-usage-history.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Usage history")
package org.seatkeeper.usage;
