package org.seatkeeper.directory;

/** The capacity of one concurrent pool; reservedUsers is only meaningful for the Reserved pool. */
public record PoolCapacity(ConcurrentPool kind, String label, int capacity) {}
