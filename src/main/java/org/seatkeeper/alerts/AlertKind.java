package org.seatkeeper.alerts;

/** What an episode is about. */
public enum AlertKind {
    /** The pool was at or above its rule's share of capacity for its number of minutes. */
    HIGH_USE,
    /** Sign-ins were refused for want of a seat on the pool. */
    REFUSAL
}
