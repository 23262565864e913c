package org.seatkeeper.sessions;

import java.util.List;

/**
 * Who support has marked as reserved users, provided by the module that owns users (the directory)
 * so that this module needs no dependency on it. Optional: without an implementation, no reserved
 * users are assumed.
 */
public interface ReservedUsers {

    /** Display names (or usernames) of the active users marked reserved. */
    List<String> reservedUserNames();
}
