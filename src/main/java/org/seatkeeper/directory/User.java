package org.seatkeeper.directory;

import java.time.Instant;
import java.time.LocalDate;

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

/**
 * A person known to the installation: licensed staff, administrators, support staff, and people
 * who are recorded without a login. Deleting is soft so that the name stays on history.
 */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "email")
    private String email;

    @Column(name = "username")
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id")
    private Profile profile;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "business_area_id")
    private BusinessArea businessArea;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    private Position position;

    @Enumerated(EnumType.STRING)
    @Column(name = "concurrent_class", nullable = false)
    private ConcurrentClass concurrentClass = ConcurrentClass.STANDARD;

    protected User() {
    }

    public User(String firstName, String lastName, Role role) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
    }

    public void giveCredentials(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    void rename(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void changeUsername(String username) {
        this.username = username;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean hasCredentials() {
        return username != null && passwordHash != null;
    }

    /** Deactivating keeps the password (rule 5) and frees the position for a successor (seed 003). */
    void deactivate() {
        this.active = false;
        this.position = null;
    }

    void restore() {
        this.deletedAt = null;
        this.active = true;
    }

    void activate() {
        this.active = true;
    }

    void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    /** Soft delete: the row, id and name stay for history; the position is released (rule 4). */
    void markDeleted(Instant at) {
        this.deletedAt = at;
        this.active = false;
        this.position = null;
    }

    Profile getProfile() {
        return profile;
    }

    void setProfile(Profile profile) {
        this.profile = profile;
    }

    BusinessArea getBusinessArea() {
        return businessArea;
    }

    void setBusinessArea(BusinessArea businessArea) {
        this.businessArea = businessArea;
    }

    Position getPosition() {
        return position;
    }

    void setPosition(Position position) {
        this.position = position;
        if (position != null) {
            position.markUsed();
        }
    }

    public ConcurrentClass getConcurrentClass() {
        return concurrentClass;
    }

    void setConcurrentClass(ConcurrentClass concurrentClass) {
        this.concurrentClass = concurrentClass;
    }

    LicenceConsumption.Holding holding() {
        LicenceType type = profile == null ? null : profile.getLicenceType();
        return new LicenceConsumption.Holding(isDeleted(), active, role, type == null ? null : type.getId(),
                type != null && type.canLogIn(), type != null && type.isFree(), hasCredentials(),
                profile == null ? java.util.Set.of()
                        : profile.getModules().stream().map(LicensedModule::getId)
                                .collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * The user as the administration log records it: one {@code field: value} per line, in plain
     * words, so that the log can show only the fields a change touched.
     */
    String describe() {
        return String.join("\n",
                "name: " + getFullName(),
                "username: " + (username == null ? "none" : username),
                "password: " + (passwordHash == null ? "none" : "set"),
                "email: " + (email == null ? "none" : email),
                "role: " + switch (role) {
                    case USER -> "User";
                    case ADMIN -> "Administrator";
                    case SUPPORT -> "Support";
                },
                "profile: " + (profile == null ? "none" : profile.label()),
                "business area: " + (businessArea == null ? "none" : businessArea.label()),
                "position: " + (position == null ? "none" : position.getTitle()),
                "concurrent seats: " + switch (concurrentClass) {
                    case STANDARD -> "Full-access";
                    case VIEW_ONLY -> "View-only";
                    case RESERVED -> "Reserved";
                },
                "status: " + (deletedAt != null ? "deleted" : active ? "active" : "inactive"),
                "valid until: " + (validUntil == null ? "no end date" : validUntil));
    }

    String subject() {
        return "user " + (username == null ? "#" + id : username) + " (" + getFullName() + ")";
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
