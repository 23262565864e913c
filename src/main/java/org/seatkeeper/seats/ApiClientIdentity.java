package org.seatkeeper.seats;

/** The connected application behind an API call, as its authentication's principal. */
public record ApiClientIdentity(long id, String name) {}
