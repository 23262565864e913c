package org.seatkeeper.sessions;

import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Frees seats whose connected application stopped renewing them (lease plus grace), and the portal
 * sessions of nodes that stopped answering for as long ({@link NodeBeacon}), on every node:
 * whichever node runs first wins each conditional end, so a node that dies loses no seat for longer
 * than the lease plus grace plus one sweep.
 */
@Component
class LeaseReclaimer {

    private static final Logger log = LoggerFactory.getLogger(LeaseReclaimer.class);

    private final Admissions admissions;
    private final NodeBeacon nodes;

    LeaseReclaimer(Admissions admissions, NodeBeacon nodes) {
        this.admissions = admissions;
        this.nodes = nodes;
    }

    /** Runs before this node's first beacon, so a silent beacon still means the previous run. */
    @PostConstruct
    void endPortalSessionsOfThePreviousRun() {
        int ended = admissions.endAll(nodes.ownPortalSessionsOfAPreviousRun(), EndReason.NODE_LOST);
        if (ended > 0) {
            log.warn("Ended {} portal session(s) left from this node's previous run, whose browser sessions were lost",
                    ended);
        }
    }

    @Scheduled(fixedDelayString = "${seatkeeper.seats.reclaim-every:5s}", initialDelayString = "${seatkeeper.seats.reclaim-every:5s}")
    int sweep() {
        int reclaimed = admissions.reclaimLeases();
        if (reclaimed > 0) {
            log.info("Reclaimed {} seat(s) whose application stopped renewing them or ignored a sign-out request",
                    reclaimed);
        }
        int orphaned = admissions.endAll(nodes.portalSessionsOfSilentNodes(), EndReason.NODE_LOST);
        if (orphaned > 0) {
            log.warn("Ended {} portal session(s) of a node that stopped answering, freeing their seats", orphaned);
        }
        return reclaimed + orphaned;
    }
}
