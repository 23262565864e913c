package org.seatkeeper.alerts;

import java.time.Instant;

/**
 * One episode as the Alerts view lists it.
 *
 * @param alert          what it is about, with its latest figures
 * @param raisedAt       when a node raised it
 * @param acknowledgedBy who acknowledged it, or null
 * @param acknowledgedAt when, or null
 */
public record AlertEpisode(OpenAlert alert, Instant raisedAt, String acknowledgedBy, Instant acknowledgedAt) {}
