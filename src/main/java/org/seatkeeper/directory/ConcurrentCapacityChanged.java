package org.seatkeeper.directory;

/**
 * Published inside the transaction that changes a concurrent pool's capacity. A synchronous
 * listener (the sessions module) may throw a RefusedException to veto the change, for example
 * when live sessions use more seats than the new capacity; the change then rolls back.
 */
public record ConcurrentCapacityChanged(ConcurrentPool kind, int oldCapacity, int newCapacity) {}
