package org.seatkeeper.overview;

import java.util.List;

import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.installation.InstallationFacts;
import org.seatkeeper.sessions.PoolSnapshot;

/** Every licence figure an administrator needs at a glance, read in one transaction. */
public record Overview(List<PotUsage> pots, PoolSnapshot pools, int administratorsInUse, int administratorLimit,
                       InstallationFacts installation, List<String> warnings) {

    /** Pots at or above this share of their capacity are flagged. */
    public static final double NEARLY_FULL = 0.9;
}
