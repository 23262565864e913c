package org.seatkeeper.directory;

/** What happened to one user in a bulk action: done, or refused with the reason. */
public record BulkOutcome(long userId, String user, boolean done, String message) {}
