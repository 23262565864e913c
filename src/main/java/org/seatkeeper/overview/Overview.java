package org.seatkeeper.overview;

import java.util.List;
import java.util.Optional;
import org.seatkeeper.directory.Phrase;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.directory.ReservedCoverageWarning;
import org.seatkeeper.installation.InstallationFacts;
import org.seatkeeper.sessions.PoolSnapshot;
import org.seatkeeper.shared.UsageLevel;

/**
 * Every licence figure an administrator needs at a glance, read in one transaction. Compared by
 * value, so a live view can skip a push that changes nothing.
 *
 * @param fullAccessWarning seed 004's warning while Full-access capacity is below reserved users + 1
 * @param warnings          what needs attention, most serious first
 */
public record Overview(
        List<PotUsage> pots,
        PoolSnapshot pools,
        int administratorsInUse,
        int administratorLimit,
        InstallationFacts installation,
        Optional<ReservedCoverageWarning> fullAccessWarning,
        List<Warning> warnings) {

    /** One line that needs attention, with its level (nearly full: amber, full: red), in the reader's words. */
    public record Warning(Phrase text, UsageLevel level) {}
}
