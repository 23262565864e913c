package org.seatkeeper.directory;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only access to the concurrent pool capacities for the admission engine, which runs while
 * someone signs in (before anyone is authenticated), so it carries no method security. It reveals
 * only purchased figures.
 */
@Service
@Transactional(readOnly = true)
public class ConcurrentCapacities {

    private final ConcurrentPoolCapacityRepository pools;
    private final PotLedger ledger;

    ConcurrentCapacities(ConcurrentPoolCapacityRepository pools, PotLedger ledger) {
        this.pools = pools;
        this.ledger = ledger;
    }

    /** How many users are marked reserved (seed 004's warning compares it with Full-access). */
    public int reservedUsers() {
        return ledger.reservedUsers().size();
    }

    public int capacity(ConcurrentPool kind) {
        return pools.findById(kind).map(ConcurrentPoolCapacity::getCapacity).orElse(0);
    }

    public Map<ConcurrentPool, Integer> all() {
        Map<ConcurrentPool, Integer> result = new EnumMap<>(ConcurrentPool.class);
        for (ConcurrentPool kind : ConcurrentPool.values()) {
            result.put(kind, 0);
        }
        pools.findAll().forEach(p -> result.put(p.getKind(), p.getCapacity()));
        return result;
    }
}
