package org.seatkeeper.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One sign-in attempt as it was recorded; never updated. */
@Entity
@Table(name = "access_log")
class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "ip", updatable = false)
    private String ip;

    @Column(name = "success", nullable = false, updatable = false)
    private boolean success;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "browser", updatable = false)
    private String browser;

    @Column(name = "client", nullable = false, updatable = false)
    private String client;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Instant attemptedAt, String username, String ip, boolean success, String reason, String browser,
                   String client) {
        this.attemptedAt = attemptedAt;
        this.username = username;
        this.ip = ip;
        this.success = success;
        this.reason = reason;
        this.browser = browser;
        this.client = client;
    }
}
