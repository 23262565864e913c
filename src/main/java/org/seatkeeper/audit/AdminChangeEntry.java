package org.seatkeeper.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One administrative change as it was recorded; never updated, never deleted. */
@Entity
@Table(name = "admin_change_log")
class AdminChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "what", nullable = false, updatable = false)
    private String what;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    @Column(name = "reason", updatable = false)
    private String reason;

    protected AdminChangeEntry() {
    }

    AdminChangeEntry(Instant changedAt, String actor, String what, String subject, String beforeState,
                     String afterState, String reason) {
        this.changedAt = changedAt;
        this.actor = actor;
        this.what = what;
        this.subject = subject;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.reason = reason;
    }
}
