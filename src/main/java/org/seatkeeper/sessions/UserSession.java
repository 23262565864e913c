package org.seatkeeper.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One signed-in user in one client, as the administrators' flows and the sweeps load it. Created by
 * {@link Admissions} in one stored procedure call ({@link SeatCalls}) together with its seat; heartbeats and
 * the end are conditional updates, so that an end racing a heartbeat or a second end releases the
 * seat exactly once.
 */
@Entity
@Table(name = "user_session")
class UserSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, updatable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_kind", nullable = false, updatable = false)
    private SeatKind seat;

    @Column(name = "client", nullable = false, updatable = false)
    private String client;

    @Column(name = "ip", updatable = false)
    private String ip;

    @Column(name = "browser", updatable = false)
    private String browser;

    @Column(name = "node", updatable = false)
    private String node;

    @Column(name = "login_time", nullable = false, updatable = false)
    private Instant loginTime;

    @Column(name = "last_activity", nullable = false)
    private Instant lastActivity;

    @Column(name = "last_heartbeat", nullable = false)
    private Instant lastHeartbeat;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Column(name = "sign_out_requested_at")
    private Instant signOutRequestedAt;

    @Column(name = "api_client_id", updatable = false)
    private Long apiClientId;

    @Column(name = "client_reference", updatable = false)
    private String clientReference;

    @Column(name = "lease_seconds", updatable = false)
    private Integer leaseSeconds;

    @Column(name = "reclaim_after_seconds", updatable = false)
    private Integer reclaimAfterSeconds;

    protected UserSession() {}

    /**
     * Live while a heartbeat arrived less than {@code portalStaleAfter} ago, or, for a seat held
     * through the seat API, within its lease.
     */
    boolean isLiveAt(Instant now, Duration portalStaleAfter) {
        return endedAt == null
                && lastHeartbeat.plus(staleAfter(portalStaleAfter)).isAfter(now);
    }

    /** The stale threshold of this session: its lease when leased, else the portal's setting. */
    Duration staleAfter(Duration portalStaleAfter) {
        return leaseSeconds == null ? portalStaleAfter : Duration.ofSeconds(leaseSeconds);
    }

    /** Held by a connected application through the seat API, rather than by a portal tab. */
    boolean leased() {
        return apiClientId != null;
    }

    Duration reclaimAfter() {
        return reclaimAfterSeconds == null ? null : Duration.ofSeconds(reclaimAfterSeconds);
    }

    Instant signOutRequestedAt() {
        return signOutRequestedAt;
    }

    SeatHolder holder() {
        return new SeatHolder(id(), userId, username, seat);
    }

    ClientDetails clientDetails() {
        return new ClientDetails(client, ip, browser, node);
    }

    SessionId id() {
        return new SessionId(id);
    }

    long userId() {
        return userId;
    }

    String displayName() {
        return displayName;
    }

    String username() {
        return username;
    }

    SeatKind seat() {
        return seat;
    }

    Instant loginTime() {
        return loginTime;
    }

    Instant lastHeartbeat() {
        return lastHeartbeat;
    }

    Instant endedAt() {
        return endedAt;
    }

    EndReason endReason() {
        return endReason;
    }

    boolean signOutRequested() {
        return signOutRequestedAt != null;
    }
}
