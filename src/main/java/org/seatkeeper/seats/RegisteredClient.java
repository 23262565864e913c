package org.seatkeeper.seats;

/** A newly registered connected application with its token, which is shown this once and never stored. */
public record RegisteredClient(long id, String name, String token) {}
