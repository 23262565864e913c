/**
 * Demo data for "Hospital A", loaded at start-up only when {@code seatkeeper.demo-data=true}
 * (env SEATKEEPER_DEMO_DATA). Uses only the directory's public services.
 */
package org.seatkeeper.demo;
