package org.seatkeeper.overview;

import java.util.ArrayList;
import java.util.List;

import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.directory.Roles;
import org.seatkeeper.installation.InstallationService;
import org.seatkeeper.sessions.PoolSnapshot;
import org.seatkeeper.sessions.SeatPools;
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

    LicenceOverview(LicencePots pots, SeatPools pools, InstallationService installation) {
        this.pots = pots;
        this.pools = pools;
        this.installation = installation;
    }

    /** The named pots and the concurrent pools, for monitoring and connected applications (the usage API). */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.API_CLIENT + "')")
    public Usage usage() {
        return new Usage(pots.namedPots(), pools.snapshot());
    }

    /** What {@link #usage()} returns. */
    public record Usage(List<PotUsage> pots, PoolSnapshot pools) {
    }

    public Overview current() {
        List<PotUsage> named = pots.namedPots();
        PoolSnapshot live = pools.snapshot();
        List<String> warnings = new ArrayList<>();
        pools.fullAccessWarning().ifPresent(warnings::add);
        for (PotUsage pot : named) {
            if (nearlyFull(pot)) {
                warnings.add(pot.label() + ": " + pot.inUse() + " of " + pot.capacity() + " in use ("
                        + percent(pot) + "%)");
            }
        }
        int admins = pots.administratorsInUse();
        int limit = pots.administratorLimit();
        if (admins >= limit) {
            warnings.add("Administrator seats: " + admins + " of " + limit + " in use");
        }
        return new Overview(named, live, admins, limit, installation.facts(), List.copyOf(warnings));
    }

    static boolean nearlyFull(PotUsage pot) {
        return pot.capacity() == 0 ? pot.inUse() > 0 : (double) pot.inUse() / pot.capacity() >= Overview.NEARLY_FULL;
    }

    static long percent(PotUsage pot) {
        return pot.capacity() == 0 ? 100 : Math.round(100.0 * pot.inUse() / pot.capacity());
    }
}
