package org.seatkeeper.directory;

/** A licence type: whether its holders may log in and whether it is free (consumes nothing). */
public record LicenceTypeRow(long id, String name, boolean canLogIn, boolean free) {}
