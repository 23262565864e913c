package org.seatkeeper.directory;

/** Published inside the transaction that changes a named pot's capacity; the usage history notes the day. */
public record PotCapacityChanged(long potId, int oldCapacity, int newCapacity) {}
