package org.seatkeeper.directory;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Rule 2 as a pure function: which named pots one user consumes. The SQL in {@link PotCounter}
 * counts exactly the same people; see docs/decisions/0005-named-licence-consumption.md.
 */
final class LicenceConsumption {

    /** The facts about one user that decide consumption. */
    record Holding(boolean deleted, boolean active, Role role, Long typeId, boolean typeCanLogIn,
                   boolean typeFree, boolean hasCredentials, Set<Long> moduleIds) {
    }

    private LicenceConsumption() {
    }

    static Set<PotKey> consumedBy(Holding h) {
        Set<PotKey> pots = new LinkedHashSet<>();
        if (h.deleted() || !h.active() || h.role() != Role.USER || h.typeId() == null || h.typeFree()) {
            return pots;
        }
        boolean signsIn = h.typeCanLogIn() && h.hasCredentials();
        if (signsIn) {
            pots.add(PotKey.ACTIVE_USERS);
        }
        if (signsIn || !h.typeCanLogIn()) {
            pots.add(PotKey.type(h.typeId()));
        }
        if (signsIn) {
            h.moduleIds().forEach(m -> pots.add(PotKey.module(m)));
        }
        return pots;
    }
}
