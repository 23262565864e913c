package org.seatkeeper.directory;

import java.util.Set;

/** What an administrator enters for a profile. */
public record ProfileData(String name, Long licenceTypeId, Set<Long> moduleIds) {

    public ProfileData {
        moduleIds = moduleIds == null ? Set.of() : Set.copyOf(moduleIds);
    }
}
