package org.seatkeeper.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The purchased number of simultaneous seats of one concurrent pool. */
@Entity
@Table(name = "concurrent_pool_capacity")
class ConcurrentPoolCapacity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private ConcurrentPool kind;

    @Version
    private long version;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    protected ConcurrentPoolCapacity() {}

    ConcurrentPool getKind() {
        return kind;
    }

    int getCapacity() {
        return capacity;
    }

    void setCapacity(int capacity) {
        this.capacity = capacity;
    }
}
