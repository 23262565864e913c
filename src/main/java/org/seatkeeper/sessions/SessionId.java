package org.seatkeeper.sessions;

/** Identifies one session. */
public record SessionId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
