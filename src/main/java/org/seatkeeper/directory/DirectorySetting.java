package org.seatkeeper.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A numeric setting of the directory, such as how many administrator accounts are free. */
@Entity
@Table(name = "directory_setting")
class DirectorySetting {

    static final String ADMINISTRATOR_LIMIT = "ADMINISTRATOR_LIMIT";

    @Id
    @Column(name = "name")
    private String name;

    @Version
    private long version;

    @Column(name = "int_value", nullable = false)
    private int intValue;

    protected DirectorySetting() {}

    String getName() {
        return name;
    }

    int getIntValue() {
        return intValue;
    }

    void setIntValue(int intValue) {
        this.intValue = intValue;
    }
}
