package org.seatkeeper.usage;

import java.time.LocalDate;

/**
 * One named pot on one day: the highest consumption seen that day and the capacity last seen.
 *
 * @param scope ACTIVE_USERS, LICENCE_TYPE or MODULE
 * @param name  the pot as people read it ("Documents"), copied so it outlives a deleted module
 */
public record PotDay(LocalDate day, long potId, String scope, String name, int consumption, int capacity) {}
