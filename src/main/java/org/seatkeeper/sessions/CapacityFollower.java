package org.seatkeeper.sessions;

import java.util.Map;
import org.seatkeeper.directory.ConcurrentCapacities;
import org.seatkeeper.directory.ConcurrentCapacityChanged;
import org.seatkeeper.directory.ConcurrentPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory owns the purchased pool capacities; this module keeps the live pools (seat_pool, where
 * seats are taken atomically) equal to them. A change is applied synchronously inside the directory's
 * transaction, so a capacity below the seats in use now refuses the whole change. At start-up the
 * live pools are brought in line with the directory (a new installation, a restore).
 */
@Component
class CapacityFollower {

    private static final Logger log = LoggerFactory.getLogger(CapacityFollower.class);

    private final SeatPools seatPools;
    private final ConcurrentCapacities capacities;
    private final TransactionTemplate transaction;

    CapacityFollower(SeatPools seatPools, ConcurrentCapacities capacities, TransactionTemplate transaction) {
        this.seatPools = seatPools;
        this.capacities = capacities;
        this.transaction = transaction;
    }

    @EventListener
    void on(ConcurrentCapacityChanged change) {
        seatPools.follow(change.kind(), change.newCapacity());
    }

    @EventListener(ApplicationReadyEvent.class)
    void alignAtStart() {
        for (Map.Entry<ConcurrentPool, Integer> purchased : capacities.all().entrySet()) {
            ConcurrentPool pool = purchased.getKey();
            try {
                transaction.executeWithoutResult(tx -> seatPools.follow(pool, purchased.getValue()));
            } catch (RuntimeException refused) {
                log.warn("The {} pool keeps its capacity for now: {}", pool.label(), refused.getMessage());
            }
        }
    }
}
