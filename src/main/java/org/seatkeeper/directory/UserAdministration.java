package org.seatkeeper.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.seatkeeper.shared.PasswordGenerator;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.TransactionTemplates;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators' door to users: list, edit, activate, deactivate, passwords, delete. Every command
 * re-validates its input and enforces rules 1-5 in its own transaction. Commands run at READ
 * COMMITTED so that the licence count taken after locking the pot rows sees other committed work.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class UserAdministration {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserRepository users;
    private final UserRowQuery rows;
    private final ProfileRepository profiles;
    private final BusinessAreaRepository areas;
    private final PositionRepository positions;
    private final PotLedger ledger;
    private final AdminLog log;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final TransactionTemplate eachInOwnTransaction;

    UserAdministration(UserRepository users, ProfileRepository profiles, BusinessAreaRepository areas,
                       PositionRepository positions, PotLedger ledger, AdminLog log, PasswordEncoder encoder,
                       Clock clock, TransactionTemplate transactions, UserRowQuery rows) {
        this.users = users;
        this.rows = rows;
        this.profiles = profiles;
        this.areas = areas;
        this.positions = positions;
        this.ledger = ledger;
        this.log = log;
        this.encoder = encoder;
        this.clock = clock;
        this.eachInOwnTransaction = TransactionTemplates.eachInOwnTransaction(transactions);
        this.eachInOwnTransaction.setIsolationLevel(ReadCommittedTransaction.LEVEL);
    }

    // ---------------------------------------------------------------- queries

    /** One page of users, filtered and sorted in the database. */
    /** One page of the list; the grid asks for the total separately ({@link #count}), so none is computed here. */
    public Slice<UserRow> find(UserFilter filter, Pageable pageable) {
        UserFilter f = filter == null ? UserFilter.all() : filter;
        Pageable page = pageable == null || pageable.isUnpaged() ? PageRequest.of(0, 50) : pageable;
        return rows.page(f, page);
    }

    public long count(UserFilter filter) {
        return rows.count(filter == null ? UserFilter.all() : filter);
    }

    public UserEdit load(long id) {
        User u = user(id);
        UserData data = new UserData(u.getFirstName(), u.getLastName(), u.getEmail(), u.getUsername(), u.getRole(),
                u.getProfile() == null ? null : u.getProfile().getId(),
                u.getBusinessArea() == null ? null : u.getBusinessArea().getId(),
                u.getPosition() == null ? null : u.getPosition().getId(), u.getConcurrentClass(), u.getValidUntil());
        AccountStatus status = u.isDeleted() ? AccountStatus.DELETED
                : u.getRole() == Role.SUPPORT ? AccountStatus.SUPPORT
                : u.getRole() == Role.ADMIN ? AccountStatus.ADMINISTRATOR
                : u.isActive() ? AccountStatus.ACTIVE : AccountStatus.INACTIVE;
        return new UserEdit(u.getId(), u.getVersion(), data, u.isActive(), u.getPasswordHash() != null, u.isDeleted(),
                status);
    }

    // ---------------------------------------------------------------- commands

    /**
     * Creates an active user. {@code initialPassword} may be null: a user without a password holds
     * no login credentials yet and consumes no module licence (seed 001).
     */
    @ReadCommittedTransaction
    public long create(UserData data, String initialPassword) {
        Resolved r = resolve(data, null, true);
        if (initialPassword != null) {
            checkPassword(initialPassword);
            if (!r.signsIn()) {
                throw new RefusedException(r.profileTypeName() + " holders cannot log in, so they get no password.");
            }
        }
        checkUnique(data, null);
        LicenceConsumption.Holding after = holding(r, true, initialPassword != null && r.username() != null);
        ledger.ensureRoom(PotLedger.additions(List.of(), List.of(after)), "Creating " + r.firstName() + " "
                + r.lastName());
        checkAdministratorSeat(r.role(), null);
        checkReservedSeat(r.concurrentClass(), null);

        User u = new User(r.firstName(), r.lastName(), r.role());
        apply(u, r);
        if (initialPassword != null) {
            u.changePasswordHash(encoder.encode(initialPassword));
        }
        saveAndFlush(u);
        log.changed("User created", u.subject(), null, u.describe());
        return u.getId();
    }

    /** Updates a user; {@code version} is the one the form loaded (optimistic locking). */
    @ReadCommittedTransaction
    public void update(long id, long version, UserData data) {
        User u = user(id);
        if (u.isDeleted()) {
            throw new RefusedException(u.getFullName() + " is deleted; restore the user before editing.");
        }
        checkVersion(u, version);
        Resolved r = resolve(data, u, u.isActive());
        if (!r.signsInPossible() && u.getPasswordHash() != null) {
            // a login-less type cannot keep credentials
            throw new RefusedException(r.profileTypeName() + " holders cannot log in; remove the password "
                    + "first or choose a profile whose licence type can log in.");
        }
        checkUnique(data, u.getId());
        LicenceConsumption.Holding before = u.holding();
        LicenceConsumption.Holding after = holding(r, u.isActive(), u.getPasswordHash() != null && r.username() != null);
        ledger.ensureRoom(PotLedger.additions(List.of(before), List.of(after)), "Saving " + u.getFullName());
        if (u.isActive() && r.role() == Role.ADMIN && u.getRole() != Role.ADMIN) {
            checkAdministratorSeat(Role.ADMIN, u.getId());
        }
        if (r.concurrentClass() == ConcurrentClass.RESERVED && u.getConcurrentClass() != ConcurrentClass.RESERVED) {
            checkReservedSeat(ConcurrentClass.RESERVED, u.getId());
        }
        checkReservedChangeAllowed(u.getConcurrentClass(), r.concurrentClass());
        checkSupportRoleChangeAllowed(u.getRole(), r.role());
        if (r.role() != u.getRole()) {
            refuseOwnAccount(u, "change the role of");
        }

        String beforeText = u.describe();
        apply(u, r);
        saveAndFlush(u);
        log.changed("User changed", u.subject(), beforeText, u.describe());
    }

    @ReadCommittedTransaction
    public void activate(long id) {
        User u = user(id);
        if (u.isDeleted()) {
            throw new RefusedException(u.getFullName() + " is deleted; restore the user instead.");
        }
        if (u.isActive()) {
            return;
        }
        LicenceConsumption.Holding before = u.holding();
        String beforeText = u.describe();
        u.activate();
        ledger.ensureRoom(PotLedger.additions(List.of(before), List.of(u.holding())), "Activating " + u.getFullName());
        if (u.getRole() == Role.ADMIN) {
            checkAdministratorSeat(Role.ADMIN, u.getId());
        }
        saveAndFlush(u);
        log.changed("User activated", u.subject(), beforeText, u.describe());
    }

    /**
     * Rule 5: blocks new sign-ins and frees the active-user slot; the password is kept and a session
     * already open stays until it ends. The position is released for a successor (seed 003).
     */
    @ReadCommittedTransaction
    public void deactivate(long id) {
        User u = user(id);
        if (u.isDeleted() || !u.isActive()) {
            return;
        }
        refuseOwnAccount(u, "deactivate");
        String beforeText = u.describe();
        u.deactivate();
        saveAndFlush(u);
        log.changed("User deactivated", u.subject(), beforeText, u.describe());
    }

    /** Activates each user in its own transaction, so one refusal does not undo the others. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<BulkOutcome> activate(Collection<Long> ids) {
        return bulk(ids, this::activateInternal, "activated");
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<BulkOutcome> deactivate(Collection<Long> ids) {
        return bulk(ids, this::deactivateInternal, "deactivated");
    }

    /** Sets a password chosen by the administrator. Giving credentials may start consuming licences. */
    @ReadCommittedTransaction
    public void setPassword(long id, String password) {
        checkPassword(password);
        givePassword(user(id), password, "Password set");
    }

    /** Generates a strong password, stores its hash and returns it once to be handed to the user. */
    @ReadCommittedTransaction
    public String generatePassword(long id) {
        String password = PasswordGenerator.generate();
        givePassword(user(id), password, "Password generated");
        return password;
    }

    /** Removes the login credentials' password: the user stops consuming module licences. */
    @Transactional
    public void removePassword(long id) {
        User u = user(id);
        if (u.getPasswordHash() == null) {
            return;
        }
        refuseOwnAccount(u, "remove the password of");
        u.changePasswordHash(null);
        saveAndFlush(u);
        log.changed("Password removed", u.subject(), "has a password", "no password");
    }

    /** The last day the user may sign in (seed 001); null means no end date. */
    @Transactional
    public void setValidUntil(long id, LocalDate validUntil) {
        User u = user(id);
        if (u.isDeleted()) {
            throw new RefusedException(u.getFullName() + " is deleted.");
        }
        LocalDate before = u.getValidUntil();
        u.setValidUntil(validUntil);
        saveAndFlush(u);
        log.changed("Valid until changed", u.subject(), before == null ? "no end date" : before.toString(),
                validUntil == null ? "no end date" : validUntil.toString());
    }

    /**
     * Rule 4: soft delete. The licences are freed at once; the row keeps id and name for history,
     * and the username becomes free for someone new.
     */
    @Transactional
    public void delete(long id) {
        User u = user(id);
        if (u.isDeleted()) {
            return;
        }
        refuseOwnAccount(u, "delete");
        String beforeText = u.describe();
        u.markDeleted(clock.instant());
        saveAndFlush(u);
        log.changed("User deleted", u.subject(), beforeText, null);
    }

    /** Restores a deleted user as active, if the username is still free and every pot has room. */
    @ReadCommittedTransaction
    public void restore(long id) {
        User u = user(id);
        if (!u.isDeleted()) {
            return;
        }
        String beforeText = u.describe();
        if (u.getUsername() != null && users.existsByUsernameAndDeletedAtIsNullAndIdNot(u.getUsername(), u.getId())) {
            throw new RefusedException("Username '" + u.getUsername() + "' has been given to someone else; "
                    + u.getFullName() + " cannot be restored with it.");
        }
        if (u.getEmail() != null && users.existsByEmailAndDeletedAtIsNullAndIdNot(u.getEmail(), u.getId())) {
            throw new RefusedException("Email " + u.getEmail() + " is used by another user.");
        }
        LicenceConsumption.Holding before = u.holding();
        u.restore();
        ledger.ensureRoom(PotLedger.additions(List.of(before), List.of(u.holding())), "Restoring " + u.getFullName());
        if (u.getRole() == Role.ADMIN) {
            checkAdministratorSeat(Role.ADMIN, u.getId());
        }
        if (u.getConcurrentClass() == ConcurrentClass.RESERVED) {
            checkReservedSeat(ConcurrentClass.RESERVED, u.getId());
        }
        saveAndFlush(u);
        log.changed("User restored", u.subject(), beforeText, u.describe());
    }

    // ---------------------------------------------------------------- internals

    private void activateInternal(long id) {
        activate(id);
    }

    private void deactivateInternal(long id) {
        deactivate(id);
    }

    private interface UserCommand {
        void run(long id);
    }

    private List<BulkOutcome> bulk(Collection<Long> ids, UserCommand command, String doneWord) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids.stream().distinct().toList()) {
            String name = "#" + id;
            try {
                name = eachInOwnTransaction.execute(tx -> {
                    command.run(id);
                    return users.findById(id).map(User::getFullName).orElse("#" + id);
                });
                outcomes.add(new BulkOutcome(id, name, true, name + " " + doneWord + "."));
            } catch (RefusedException e) {
                outcomes.add(new BulkOutcome(id, name, false, e.getMessage()));
            }
        }
        return outcomes;
    }

    private void givePassword(User u, String password, String what) {
        if (u.isDeleted()) {
            throw new RefusedException(u.getFullName() + " is deleted.");
        }
        if (u.getUsername() == null) {
            throw new RefusedException(u.getFullName() + " has no username; a password needs one.");
        }
        if (u.getProfile() != null && !u.getProfile().getLicenceType().canLogIn()) {
            throw new RefusedException(u.getProfile().getLicenceType().getName()
                    + " holders cannot log in, so they get no password.");
        }
        LicenceConsumption.Holding before = u.holding();
        boolean had = u.getPasswordHash() != null;
        u.changePasswordHash(encoder.encode(password));
        ledger.ensureRoom(PotLedger.additions(List.of(before), List.of(u.holding())),
                "Giving " + u.getFullName() + " login credentials");
        saveAndFlush(u);
        log.changed(what, u.subject(), had ? "has a password" : "no password", "has a new password");
    }

    private void refuseOwnAccount(User u, String verb) {
        if (Objects.equals(u.getUsername(), log.actor())) {
            throw new RefusedException("You cannot " + verb + " your own account.");
        }
    }

    private User user(long id) {
        return users.findById(id).orElseThrow(() -> new RefusedException("User #" + id + " does not exist."));
    }

    private void checkVersion(User u, long version) {
        if (u.getVersion() != version) {
            throw concurrentEdit(u);
        }
    }

    private static RefusedException concurrentEdit(User u) {
        return new RefusedException(u.getFullName() + " was changed by someone else after you opened the form. "
                + "Your changes were not saved; reload the user and apply them again.");
    }

    private void saveAndFlush(User u) {
        try {
            users.saveAndFlush(u);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw concurrentEdit(u);
        } catch (DataIntegrityViolationException e) {
            String msg = String.valueOf(e.getMostSpecificCause().getMessage());
            if (msg.contains("uq_app_user_live_username")) {
                throw new RefusedException("Username '" + u.getUsername() + "' is already taken.");
            }
            if (msg.contains("uq_app_user_live_email")) {
                throw new RefusedException("Email " + u.getEmail() + " is already used by another user.");
            }
            if (msg.contains("uq_app_user_position")) {
                throw new RefusedException("That position is already held by another user.");
            }
            throw e;
        }
    }

    /** Input after validation, with the referenced entities loaded. */
    private record Resolved(String firstName, String lastName, String email, String username, Role role,
                            Profile profile, BusinessArea area, Position position, ConcurrentClass concurrentClass,
                            LocalDate validUntil) {
        boolean signsInPossible() {
            return profile == null || profile.getLicenceType().canLogIn();
        }

        boolean signsIn() {
            return signsInPossible() && username != null;
        }

        String profileTypeName() {
            return profile == null ? "" : profile.getLicenceType().getName();
        }
    }

    private Resolved resolve(UserData d, User existing, boolean active) {
        if (d == null) {
            throw new RefusedException("No user data given.");
        }
        List<String> missing = new ArrayList<>();
        String first = trimmed(d.firstName());
        String last = trimmed(d.lastName());
        String email = trimmed(d.email());
        String username = canonicalUsername(d.username());
        if (first == null) {
            missing.add("first name");
        }
        if (last == null) {
            missing.add("last name");
        }
        Role role = d.role();
        Profile profile = null;
        if (role == Role.USER) {
            if (d.profileId() == null) {
                missing.add("profile");
            } else {
                profile = profiles.findById(d.profileId())
                        .orElseThrow(() -> new RefusedException("Profile #" + d.profileId() + " does not exist."));
            }
        } else if (d.profileId() != null) {
            throw new RefusedException("Administrator and support accounts hold no business profile.");
        }
        boolean canLogIn = profile == null || profile.getLicenceType().canLogIn();
        if (canLogIn) {
            if (email == null) {
                missing.add("email");
            }
            if (username == null) {
                missing.add("username");
            }
        } else if (username != null) {
            throw new RefusedException(profile.getLicenceType().getName()
                    + " holders cannot log in, so they get no username.");
        }
        BusinessArea area = null;
        if (d.businessAreaId() == null) {
            if (role != Role.SUPPORT) {
                missing.add("business area");
            }
        } else {
            area = areas.findById(d.businessAreaId())
                    .orElseThrow(() -> new RefusedException("Business area #" + d.businessAreaId() + " does not exist."));
        }
        Position position = null;
        if (role != Role.USER) {
            if (d.positionId() != null) {
                throw new RefusedException("Administrator and support accounts hold no position.");
            }
        } else if (d.positionId() != null) {
            position = positions.findById(d.positionId())
                    .orElseThrow(() -> new RefusedException("Position #" + d.positionId() + " does not exist."));
        } else if (active && canLogIn) {
            missing.add("position");
        }
        if (!missing.isEmpty()) {
            throw new RefusedException("Please fill in the mandatory fields: " + String.join(", ", missing) + ".");
        }
        if (first.length() > 100 || last.length() > 100) {
            throw new RefusedException("First and last name may have at most 100 characters.");
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new RefusedException("'" + email + "' is not a valid email address.");
        }
        if (area != null && area.isPrimary()) {
            throw new RefusedException("Choose a secondary business area under " + area.getName() + ".");
        }
        boolean areaChanged = existing == null || existing.getBusinessArea() == null
                || !existing.getBusinessArea().getId().equals(d.businessAreaId());
        if (area != null && areaChanged && !area.isEnabled()) {
            throw new RefusedException("Business area " + area.label() + " is disabled.");
        }
        boolean positionChanged = existing == null || existing.getPosition() == null
                || !existing.getPosition().getId().equals(d.positionId());
        if (position != null && positionChanged) {
            if (!position.isEnabled()) {
                throw new RefusedException("Position " + position.getTitle() + " is disabled.");
            }
            User holder = users.findByPositionId(position.getId()).orElse(null);
            if (holder != null && (existing == null || !holder.getId().equals(existing.getId()))) {
                throw new RefusedException("Position " + position.getTitle() + " is already held by "
                        + holder.getFullName() + "; a position belongs to one user only.");
            }
        }
        ConcurrentClass cc = d.concurrentClass();
        if (cc != ConcurrentClass.STANDARD && (role != Role.USER || !canLogIn)) {
            throw new RefusedException("Only business users who can log in are view-only or reserved; "
                    + "administrator and support accounts are exempt from the concurrent pools.");
        }
        if (existing == null) {
            checkReservedChangeAllowed(ConcurrentClass.STANDARD, cc);
            checkSupportRoleChangeAllowed(Role.USER, role);
        }
        return new Resolved(first, last, email, username, role, profile, area, position, cc, d.validUntil());
    }

    /** Blank is no username; anything else must follow the username rule (rule 13), in its canonical form. */
    private static String canonicalUsername(String typed) {
        return typed == null || typed.isBlank() ? null : Username.of(typed).value();
    }

    private void checkUnique(UserData d, Long id) {
        long self = id == null ? -1 : id;
        String username = canonicalUsername(d.username());
        String email = trimmed(d.email());
        if (username != null && users.existsByUsernameAndDeletedAtIsNullAndIdNot(username, self)) {
            throw new RefusedException("Username '" + username + "' is already taken.");
        }
        if (email != null && users.existsByEmailAndDeletedAtIsNullAndIdNot(email, self)) {
            throw new RefusedException("Email " + email + " is already used by another user.");
        }
    }

    private static LicenceConsumption.Holding holding(Resolved r, boolean active, boolean hasCredentials) {
        LicenceType type = r.profile() == null ? null : r.profile().getLicenceType();
        Set<Long> modules = r.profile() == null ? Set.of()
                : r.profile().getModules().stream().map(LicensedModule::getId).collect(Collectors.toSet());
        return new LicenceConsumption.Holding(false, active, r.role(), type == null ? null : type.getId(),
                type != null && type.canLogIn(), type != null && type.isFree(), hasCredentials, modules);
    }

    private static void apply(User u, Resolved r) {
        u.rename(r.firstName(), r.lastName());
        u.setEmail(r.email());
        u.changeUsername(r.username());
        u.changeRole(r.role());
        u.setProfile(r.profile());
        u.setBusinessArea(r.area());
        if (u.getPosition() != r.position()) {
            u.setPosition(r.position());
        }
        u.setConcurrentClass(r.concurrentClass());
        u.setValidUntil(r.validUntil());
    }

    /** Seed 003: free administrator accounts are limited (five by default; support can raise it). */
    private void checkAdministratorSeat(Role role, Long self) {
        if (role != Role.ADMIN) {
            return;
        }
        int limit = ledger.lockSetting(DirectorySetting.ADMINISTRATOR_LIMIT);
        int inUse = ledger.activeAdministrators();
        if (inUse + 1 > limit) {
            throw new RefusedException("Administrator accounts: " + inUse + " of " + limit
                    + " in use. Deactivate or delete one, or ask support for more administrator accounts.");
        }
    }

    /** Rule 7: the number of reserved users never exceeds the Reserved pool capacity. */
    private void checkReservedSeat(ConcurrentClass cc, Long self) {
        if (cc != ConcurrentClass.RESERVED) {
            return;
        }
        int capacity = ledger.lockPool(ConcurrentPool.RESERVED);
        List<String> reserved = ledger.reservedUsers();
        if (reserved.size() + 1 > capacity) {
            throw new RefusedException("Reserved users: " + reserved.size() + " of " + capacity
                    + " (the Reserved pool capacity) already marked: " + String.join(", ", reserved) + ".");
        }
    }

    private void checkReservedChangeAllowed(ConcurrentClass before, ConcurrentClass after) {
        boolean touchesReserved = before != after
                && (before == ConcurrentClass.RESERVED || after == ConcurrentClass.RESERVED);
        if (touchesReserved && !log.actorIsSupport()) {
            throw new RefusedException("Only support staff may mark or unmark reserved users.");
        }
    }

    private void checkSupportRoleChangeAllowed(Role before, Role after) {
        if (before != after && (before == Role.SUPPORT || after == Role.SUPPORT) && !log.actorIsSupport()) {
            throw new RefusedException("Only support staff may create support accounts or change their role.");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new RefusedException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > 200) {
            throw new RefusedException("A password may have at most 200 characters.");
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }


}
