package org.seatkeeper.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A named bundle of a licence type and modules. Changing it changes what all its users consume. */
@Entity
@Table(name = "profile")
class Profile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "licence_type_id", nullable = false)
    private LicenceType licenceType;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "profile_module",
            joinColumns = @JoinColumn(name = "profile_id"),
            inverseJoinColumns = @JoinColumn(name = "module_id"))
    private Set<LicensedModule> modules = new LinkedHashSet<>();

    protected Profile() {}

    Profile(String name, LicenceType licenceType, Set<LicensedModule> modules) {
        change(name, licenceType, modules);
    }

    void change(String name, LicenceType licenceType, Set<LicensedModule> modules) {
        this.name = name;
        this.licenceType = licenceType;
        this.modules.clear();
        this.modules.addAll(modules);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    LicenceType getLicenceType() {
        return licenceType;
    }

    Set<LicensedModule> getModules() {
        return modules;
    }

    List<String> moduleNames() {
        return modules.stream()
                .map(LicensedModule::getName)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** One line, for a user's record: "Nurses (Full; modules: Cases, Documents)". */
    String label() {
        return name + " (" + licenceType.getName() + "; modules: " + moduleList() + ")";
    }

    /** The profile as the administration log records it: one {@code field: value} per line. */
    String describe() {
        return "name: " + name + "\nlicence type: " + licenceType.getName() + "\nmodules: " + moduleList();
    }

    private String moduleList() {
        return modules.isEmpty() ? "none" : String.join(", ", moduleNames());
    }
}
