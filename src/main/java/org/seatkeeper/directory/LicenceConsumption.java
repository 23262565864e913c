package org.seatkeeper.directory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule 2 as a pure function: which named pots one user consumes. The SQL in {@link PotCounter}
 * counts exactly the same people; see docs/decisions/0005-named-licence-consumption.md.
 */
final class LicenceConsumption {

    /** The facts about one user that decide consumption. */
    record Holding(
            boolean deleted,
            boolean active,
            Role role,
            Long typeId,
            boolean typeCanLogIn,
            boolean typeFree,
            boolean hasCredentials,
            Set<Long> moduleIds) {

        /** The one place a holding is read from a profile: its licence type and modules, or none. */
        static Holding of(boolean deleted, boolean active, Role role, Profile profile, boolean hasCredentials) {
            return of(
                    deleted,
                    active,
                    role,
                    profile == null ? null : profile.getLicenceType(),
                    profile == null ? Set.of() : profile.getModules(),
                    hasCredentials);
        }

        static Holding of(
                boolean deleted,
                boolean active,
                Role role,
                LicenceType type,
                Collection<LicensedModule> modules,
                boolean hasCredentials) {
            return new Holding(
                    deleted,
                    active,
                    role,
                    type == null ? null : type.getId(),
                    type != null && type.canLogIn(),
                    type != null && type.isFree(),
                    hasCredentials,
                    modules.stream().map(LicensedModule::getId).collect(Collectors.toSet()));
        }

        /** The same person holding another licence type and modules (a profile being changed). */
        Holding with(LicenceType type, Collection<LicensedModule> modules) {
            return of(deleted, active, role, type, modules, hasCredentials);
        }
    }

    private LicenceConsumption() {}

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
