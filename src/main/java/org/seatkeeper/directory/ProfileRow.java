package org.seatkeeper.directory;

import java.util.List;
import java.util.Set;

/** A profile as listed and edited: its licence type, modules and how many (non-deleted) users hold it. */
public record ProfileRow(
        long id,
        long version,
        String name,
        long licenceTypeId,
        String licenceType,
        Set<Long> moduleIds,
        List<String> modules,
        long users) {}
