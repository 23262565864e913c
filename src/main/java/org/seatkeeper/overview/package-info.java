/**
 * The administrators' home: every licence figure in one place (named pots, concurrent pools,
 * administrator seats, installation facts, warnings), as a view and as JSON at /api/v1/licence-usage.
 * Reads the directory, sessions, installation and usage modules; nothing depends on it.
 */
package org.seatkeeper.overview;
