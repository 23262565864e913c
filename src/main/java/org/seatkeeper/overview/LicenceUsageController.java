package org.seatkeeper.overview;

import java.util.List;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.sessions.PoolUsage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Machine-readable licence usage for monitoring and connected applications: every named pot and the
 * concurrent pools. Administrator credentials over HTTP Basic or a connected application's token; see README "Licence usage API".
 */
@RestController
class LicenceUsageController {

    private final LicenceOverview overview;

    LicenceUsageController(LicenceOverview overview) {
        this.overview = overview;
    }

    @GetMapping(path = "/api/v1/licence-usage", produces = "application/json")
    LicenceUsage usage() {
        LicenceOverview.Usage current = overview.usage();
        List<Pot> pots = current.pots().stream().map(Pot::of).toList();
        return new LicenceUsage(
                pots,
                new Pools(
                        Pool.of(current.pools().fullAccess()),
                        Pool.of(current.pools().viewOnly()),
                        Pool.of(current.pools().reserved())));
    }

    record LicenceUsage(List<Pot> pots, Pools pools) {}

    record Pot(String scope, String name, int capacity, int inUse, int free) {
        static Pot of(PotUsage pot) {
            return new Pot(pot.scope().name(), pot.label(), pot.capacity(), pot.inUse(), pot.free());
        }
    }

    record Pools(Pool full, Pool viewOnly, Pool reserved) {}

    record Pool(int capacity, int inUse, int remaining) {
        static Pool of(PoolUsage usage) {
            return new Pool(usage.capacity(), usage.inUse(), usage.remaining());
        }
    }
}
