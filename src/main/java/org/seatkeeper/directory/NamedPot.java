package org.seatkeeper.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A purchased count of named licences. Its consumption is always computed from the users. */
@Entity
@Table(name = "named_pot")
class NamedPot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private PotScope scope;

    @Column(name = "scope_key", nullable = false)
    private String scopeKey;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "licence_type_id")
    private LicenceType licenceType;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "module_id")
    private LicensedModule module;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    protected NamedPot() {}

    static NamedPot forModule(LicensedModule module, int capacity) {
        NamedPot pot = new NamedPot();
        pot.scope = PotScope.MODULE;
        pot.scopeKey = PotKey.module(module.getId()).key();
        pot.module = module;
        pot.capacity = capacity;
        return pot;
    }

    static NamedPot forType(LicenceType type, int capacity) {
        NamedPot pot = new NamedPot();
        pot.scope = PotScope.LICENCE_TYPE;
        pot.scopeKey = PotKey.type(type.getId()).key();
        pot.licenceType = type;
        pot.capacity = capacity;
        return pot;
    }

    Long getId() {
        return id;
    }

    PotScope getScope() {
        return scope;
    }

    PotKey key() {
        return PotKey.parse(scopeKey);
    }

    int getCapacity() {
        return capacity;
    }

    void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    String label() {
        return name().label();
    }

    PotName name() {
        return new PotName(
                scope,
                switch (scope) {
                    case ACTIVE_USERS -> null;
                    case LICENCE_TYPE -> licenceType.getName();
                    case MODULE -> module.getName();
                });
    }

    int sortOrder() {
        return switch (scope) {
            case ACTIVE_USERS -> 0;
            case LICENCE_TYPE -> 1000 + licenceType.getSortOrder();
            case MODULE -> 2000;
        };
    }
}
