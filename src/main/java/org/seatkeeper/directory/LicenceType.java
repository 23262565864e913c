package org.seatkeeper.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A licence tier. It says whether its holders may sign in at all and whether it is free. */
@Entity
@Table(name = "licence_type")
class LicenceType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "can_log_in", nullable = false)
    private boolean canLogIn;

    @Column(name = "free", nullable = false)
    private boolean free;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected LicenceType() {}

    LicenceType(String name, boolean canLogIn, boolean free, int sortOrder) {
        this.name = name;
        this.canLogIn = canLogIn;
        this.free = free;
        this.sortOrder = sortOrder;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    boolean canLogIn() {
        return canLogIn;
    }

    boolean isFree() {
        return free;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
