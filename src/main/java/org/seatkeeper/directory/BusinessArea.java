package org.seatkeeper.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A two-level business area (seed 003): primaries have no parent, secondaries belong to a primary.
 * Users are placed in a secondary, which names its primary too.
 */
@Entity
@Table(name = "business_area")
class BusinessArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private BusinessArea parent;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    protected BusinessArea() {}

    BusinessArea(String name, BusinessArea parent) {
        this.name = name;
        this.parent = parent;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }

    BusinessArea getParent() {
        return parent;
    }

    boolean isPrimary() {
        return parent == null;
    }

    boolean isEnabled() {
        return enabled && (parent == null || parent.isEnabled());
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    String label() {
        return parent == null ? name : parent.getName() + " / " + name;
    }
}
