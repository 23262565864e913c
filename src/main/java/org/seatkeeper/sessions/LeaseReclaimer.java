package org.seatkeeper.sessions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Frees seats whose connected application stopped renewing them (lease plus grace), on every node:
 * whichever node runs first wins each conditional end, so a node that dies loses no seat for longer
 * than the lease plus grace plus one sweep.
 */
@Component
class LeaseReclaimer {

    private static final Logger log = LoggerFactory.getLogger(LeaseReclaimer.class);

    private final Admissions admissions;

    LeaseReclaimer(Admissions admissions) {
        this.admissions = admissions;
    }

    @Scheduled(fixedDelayString = "${seatkeeper.seats.reclaim-every:5s}", initialDelayString = "${seatkeeper.seats.reclaim-every:5s}")
    int sweep() {
        int reclaimed = admissions.reclaimLeases();
        if (reclaimed > 0) {
            log.info("Reclaimed {} seat(s) whose application stopped renewing them or ignored a sign-out request",
                    reclaimed);
        }
        return reclaimed;
    }
}
