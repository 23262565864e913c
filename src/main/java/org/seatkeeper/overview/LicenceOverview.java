package org.seatkeeper.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.directory.ConcurrentCapacities;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.directory.Phrase;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.directory.ReservedCoverageWarning;
import org.seatkeeper.installation.InstallationService;
import org.seatkeeper.sessions.PoolSnapshot;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.UsageLevel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class LicenceOverview {

    private final LicencePots pots;
    private final SeatPools pools;
    private final InstallationService installation;
    private final ConcurrentCapacities capacities;

    LicenceOverview(
            LicencePots pots, SeatPools pools, InstallationService installation, ConcurrentCapacities capacities) {
        this.pots = pots;
        this.capacities = capacities;
        this.pools = pools;
        this.installation = installation;
    }

    /** The named pots and the concurrent pools, for monitoring and connected applications (the usage API). */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.API_CLIENT + "')")
    public Usage usage() {
        return new Usage(pots.namedPots(), pools.snapshot());
    }

    /** What {@link #usage()} returns. */
    public record Usage(List<PotUsage> pots, PoolSnapshot pools) {}

    public Overview current() {
        List<PotUsage> named = pots.namedPots();
        PoolSnapshot live = pools.snapshot();
        // the seed 004 rule on the live Full-access capacity, as the active sessions show it
        Optional<ReservedCoverageWarning> fullAccess =
                ReservedCoverageWarning.of(live.fullAccess().capacity(), capacities.reservedUsers());
        List<Overview.Warning> warnings = new ArrayList<>();
        fullAccess.ifPresent(w -> warnings.add(new Overview.Warning(w.phrase(), UsageLevel.NEARLY_FULL)));
        for (PotUsage pot : named) {
            warning(pot).ifPresent(warnings::add);
        }
        int admins = pots.administratorsInUse();
        int limit = pots.administratorLimit();
        if (admins >= limit) {
            warnings.add(new Overview.Warning(
                    Phrase.of("overview.warning.administrators-full", admins, limit), UsageLevel.FULL));
        }
        warnings.sort(Comparator.comparing(w -> w.level() == UsageLevel.FULL ? 0 : 1));
        return new Overview(named, live, admins, limit, installation.facts(), fullAccess, List.copyOf(warnings));
    }

    /** "Documents is nearly full: 9 of 10 in use, 1 free" or "Documents is full: 10 of 10 in use". */
    static Optional<Overview.Warning> warning(PotUsage pot) {
        UsageLevel level = pot.level();
        return switch (level) {
            case NEARLY_FULL ->
                Optional.of(new Overview.Warning(
                        Phrase.of(
                                "overview.warning.nearly-full",
                                pot.name().phrase(),
                                pot.inUse(),
                                pot.capacity(),
                                pot.free()),
                        level));
            case FULL ->
                Optional.of(new Overview.Warning(
                        Phrase.of("overview.warning.full", pot.name().phrase(), pot.inUse(), pot.capacity()), level));
            case NORMAL, NONE -> Optional.empty();
        };
    }
}
