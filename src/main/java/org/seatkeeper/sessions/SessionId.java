package org.seatkeeper.sessions;

/** Identifies one session. */
public record SessionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
