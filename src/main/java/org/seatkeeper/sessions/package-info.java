/**
 * The admission engine: concurrent seat pools (Full-access, View-only, Reserved), the admission
 * rule of seed 004 (PRODUCT.md rule 7), atomic seat allocation in MariaDB (rule 8) and the session
 * lifecycle (rules 9 and 11). The root package is the module's API; everything else stays
 * package-private.
 */
package org.seatkeeper.sessions;
