package org.seatkeeper.sessions;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.seatkeeper.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Frees seats whose connected application stopped renewing them (lease plus grace), and the portal
 * sessions of nodes that stopped answering for as long ({@link NodeBeacon}), on every node:
 * whichever node runs first wins each conditional end, so a node that dies loses no seat for longer
 * than the lease plus grace plus one sweep.
 * <p>
 * While the database is out of reach, no application can renew and no node can write its beacon, so
 * silence proves nothing: after an outage this node reclaims nothing for one lease plus grace from the
 * moment the database answers again, giving every application and node the time to renew first
 * (docs/decisions/0019-database-credentials-and-outages.md).
 */
@Component
class LeaseReclaimer {

    private static final Logger log = LoggerFactory.getLogger(LeaseReclaimer.class);

    private final Admissions admissions;
    private final NodeBeacon nodes;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration hold;
    private boolean outage;
    private Instant holdUntil = Instant.MIN;

    LeaseReclaimer(Admissions admissions, NodeBeacon nodes, JdbcClient jdbc, Clock clock, SessionSettings settings) {
        this.admissions = admissions;
        this.nodes = nodes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.hold = settings.seats().silence();
    }

    /** Runs before this node's first beacon, so a silent beacon still means the previous run. */
    @PostConstruct
    void endPortalSessionsOfThePreviousRun() {
        int ended = admissions.endAll(nodes.ownPortalSessionsOfAPreviousRun(), EndReason.NODE_LOST);
        if (ended > 0) {
            log.warn(
                    "Ended {} portal session(s) left from this node's previous run, whose browser sessions were lost",
                    ended);
        }
    }

    @Scheduled(
            fixedDelayString = "${seatkeeper.seats.reclaim-every:" + SessionSettings.RECLAIM_EVERY + "}",
            initialDelayString = "${seatkeeper.seats.reclaim-every:" + SessionSettings.RECLAIM_EVERY + "}")
    synchronized int sweep() {
        if (outage && !databaseAnswers()) {
            return 0;
        }
        if (outage) {
            outage = false;
            holdUntil = clock.instant().plus(hold);
            log.warn(
                    "The database answers again: no seat is reclaimed for {} s, so that applications can renew"
                            + " their seats first",
                    hold.toSeconds());
        }
        if (clock.instant().isBefore(holdUntil)) {
            return 0;
        }
        try {
            return reclaim();
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.explains(failure)) {
                throw failure;
            }
            outage = true;
            log.warn("The database is unavailable: no seat is reclaimed until it is back ({})", failure.getMessage());
            return 0;
        }
    }

    private boolean databaseAnswers() {
        try {
            return jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
        } catch (RuntimeException failure) {
            if (DatabaseOutage.explains(failure)) {
                return false;
            }
            throw failure;
        }
    }

    private int reclaim() {
        int reclaimed = admissions.reclaimLeases();
        if (reclaimed > 0) {
            log.info(
                    "Reclaimed {} seat(s) whose application stopped renewing them or ignored a sign-out request",
                    reclaimed);
        }
        int orphaned = admissions.endAll(nodes.portalSessionsOfSilentNodes(), EndReason.NODE_LOST);
        if (orphaned > 0) {
            log.warn("Ended {} portal session(s) of a node that stopped answering, freeing their seats", orphaned);
        }
        return reclaimed + orphaned;
    }
}
