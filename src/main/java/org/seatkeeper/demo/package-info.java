/**
 * Demo data for "Hospital A", loaded at start-up only when {@code seatkeeper.demo-data=true}
 * (env SEATKEEPER_DEMO_DATA). Uses only public services: the directory's for the people, the usage
 * module's backfill for 90 days of usage history.
 */
package org.seatkeeper.demo;
