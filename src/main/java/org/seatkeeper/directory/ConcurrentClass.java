package org.seatkeeper.directory;

/**
 * Which concurrent pool a user's sessions draw from (seed 004). A user is exactly one of these, so
 * "view-only and reserved at once" cannot even be expressed. Only support staff set RESERVED.
 */
public enum ConcurrentClass {
    STANDARD,
    VIEW_ONLY,
    RESERVED
}
