package org.seatkeeper.sessions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of sessions, seat leases and node liveness, each default written here once
 * (docs/decisions/0024-settings-records-and-one-data-access-style.md). The seat API, presence and the
 * jobs read them from here.
 *
 * @param sessions {@code seatkeeper.sessions.*}
 * @param seats    {@code seatkeeper.seats.*}: the lease part of the seat API
 * @param nodes    {@code seatkeeper.nodes.*}
 */
@ConfigurationProperties("seatkeeper")
public record SessionSettings(
        @DefaultValue Sessions sessions,
        @DefaultValue Seats seats,
        @DefaultValue Nodes nodes) {

    /** Defaults a {@code @Scheduled} annotation needs as text; the records below use the same constants. */
    static final String SWEEP_EVERY = "15s";

    static final String RECLAIM_EVERY = "5s";
    static final String RENEWAL_FLUSH_EVERY = "1s";
    static final String BEACON_EVERY = "5s";

    /**
     * @param sweepEvery   how often idle sessions without an open tab (and connected applications' idle
     *                     seats) are looked for
     * @param signOutGrace the countdown after an administrator asks a user to sign out
     */
    public record Sessions(
            @DefaultValue(SWEEP_EVERY) Duration sweepEvery,
            @DefaultValue("60s") Duration signOutGrace) {}

    /**
     * @param lease                 a seat is live while its application renews it within the lease
     * @param grace                 a seat not renewed for the lease plus the grace is reclaimed
     * @param reclaimEvery          how often each node looks for seats to reclaim
     * @param heartbeatConnections  connections of the seat API's own pool for renewals and token checks,
     *                              beside the main pool ({@link PriorityConnections})
     * @param renewalFlushEvery     how often each node writes the lease renewals it holds, as one batch
     *                              ({@link RenewalsWrittenBehind})
     */
    public record Seats(
            @DefaultValue("60s") Duration lease,
            @DefaultValue("30s") Duration grace,
            @DefaultValue(RECLAIM_EVERY) Duration reclaimEvery,
            @DefaultValue("4") int heartbeatConnections,
            @DefaultValue(RENEWAL_FLUSH_EVERY) Duration renewalFlushEvery) {

        /** How long a seat, or a node, may be silent before it is given up. */
        public Duration silence() {
            return lease.plus(grace);
        }
    }

    /** @param beaconEvery how often a node writes that it is alive ({@link NodeBeacon}) */
    public record Nodes(@DefaultValue(BEACON_EVERY) Duration beaconEvery) {}
}
