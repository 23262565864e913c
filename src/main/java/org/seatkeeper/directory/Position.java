package org.seatkeeper.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unique position title (seed 003). Tasks are assigned to positions, so a position is held by
 * at most one user; once it has ever been held it can only be disabled, never deleted.
 */
@Entity
@Table(name = "job_position")
class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "ever_used", nullable = false)
    private boolean everUsed;

    protected Position() {}

    Position(String title) {
        this.title = title;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    void rename(String title) {
        this.title = title;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isEverUsed() {
        return everUsed;
    }

    void markUsed() {
        this.everUsed = true;
    }
}
