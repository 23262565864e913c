package org.seatkeeper.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.TransactionTemplates;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators' door to users: list, edit, activate, deactivate, passwords, delete. Every command
 * re-validates its input ({@link UserChanges}), keeps within the limits ({@link AccountLimits}) and lets
 * the {@link User} refuse what it may not become, in its own transaction; refusals carry a
 * {@link DirectoryRefusal} code. Commands run at READ COMMITTED so that the licence count taken after
 * locking the pot rows sees other committed work.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class UserAdministration {

    private final UserStore store;
    private final UserRowQuery rows;
    private final UserChanges changes;
    private final AccountLimits limits;
    private final UserPasswords passwords;
    private final AdminLog log;
    private final Clock clock;
    private final TransactionTemplate eachInOwnTransaction;

    UserAdministration(
            UserStore store,
            UserChanges changes,
            AccountLimits limits,
            UserPasswords passwords,
            AdminLog log,
            Clock clock,
            TransactionTemplate transactions,
            UserRowQuery rows) {
        this.store = store;
        this.rows = rows;
        this.changes = changes;
        this.limits = limits;
        this.passwords = passwords;
        this.log = log;
        this.clock = clock;
        this.eachInOwnTransaction = TransactionTemplates.eachInOwnTransaction(transactions);
        this.eachInOwnTransaction.setIsolationLevel(ReadCommittedTransaction.LEVEL);
    }

    // ---------------------------------------------------------------- queries

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
        User u = store.get(id);
        UserData data = new UserData(
                u.getFirstName(),
                u.getLastName(),
                u.getEmail(),
                u.getUsername(),
                u.getRole(),
                u.getProfile() == null ? null : u.getProfile().getId(),
                u.getBusinessArea() == null ? null : u.getBusinessArea().getId(),
                u.getPosition() == null ? null : u.getPosition().getId(),
                u.getConcurrentClass(),
                u.getValidUntil());
        return new UserEdit(
                u.getId(),
                u.getVersion(),
                data,
                u.isActive(),
                u.getPasswordHash() != null,
                u.isDeleted(),
                AccountStatus.of(u.isDeleted(), u.getRole(), u.isActive()));
    }

    // ---------------------------------------------------------------- commands

    /**
     * Creates an active user. {@code initialPassword} may be null: a user without a password holds
     * no login credentials yet and consumes no module licence (seed 001).
     */
    @ReadCommittedTransaction
    public long create(UserData data, String initialPassword) {
        UserChange c = changes.resolve(data, null, true);
        limits.checkReservedChange(ConcurrentClass.STANDARD, c.concurrentClass());
        limits.checkSupportRoleChange(Role.USER, c.role());
        if (initialPassword != null) {
            PasswordPolicy.check(initialPassword);
            if (!c.signsIn()) {
                throw new RefusedException(DirectoryRefusal.LOGIN_LESS_TYPE_NO_PASSWORD, c.licenceTypeName());
            }
        }
        changes.checkUnique(data, null);
        limits.ensureLicences(
                null,
                c.holding(true, initialPassword != null && c.username() != null),
                DirectoryRefusal.NOT_ENOUGH_TO_CREATE,
                c.name().full());
        limits.ensurePlaces(c.role() == Role.ADMIN, c.concurrentClass() == ConcurrentClass.RESERVED);

        User u = new User(c.name().first(), c.name().last(), c.role());
        u.apply(c);
        if (initialPassword != null) {
            u.changePasswordHash(passwords.hash(initialPassword));
        }
        store.save(u);
        log.changed("User created", u.subject(), null, u.describe());
        return u.getId();
    }

    /** Updates a user; {@code version} is the one the form loaded (optimistic locking). */
    @ReadCommittedTransaction
    public void update(long id, long version, UserData data) {
        User u = store.get(id, version);
        UserChange c = changes.resolve(data, u, u.isActive());
        if (!c.signsInPossible() && u.getPasswordHash() != null) {
            // a login-less type cannot keep credentials
            throw new RefusedException(DirectoryRefusal.LOGIN_LESS_TYPE_HAS_PASSWORD, c.licenceTypeName());
        }
        changes.checkUnique(data, u.getId());
        limits.ensureLicences(
                u.holding(),
                c.holding(u.isActive(), u.getPasswordHash() != null && c.username() != null),
                DirectoryRefusal.NOT_ENOUGH_TO_SAVE,
                u.getFullName());
        limits.ensurePlaces(
                u.isActive() && c.role() == Role.ADMIN && u.getRole() != Role.ADMIN,
                c.concurrentClass() == ConcurrentClass.RESERVED && u.getConcurrentClass() != ConcurrentClass.RESERVED);
        limits.checkReservedChange(u.getConcurrentClass(), c.concurrentClass());
        limits.checkSupportRoleChange(u.getRole(), c.role());
        if (c.role() != u.getRole()) {
            u.refuseIfOwnAccountOf(log.actor(), DirectoryRefusal.OWN_ACCOUNT_ROLE);
        }

        String beforeText = u.describe();
        u.apply(c);
        store.save(u);
        log.changed("User changed", u.subject(), beforeText, u.describe());
    }

    @ReadCommittedTransaction
    public void activate(long id) {
        User u = store.get(id);
        u.refuseIfDeleted(DirectoryRefusal.DELETED_RESTORE_INSTEAD);
        if (u.isActive()) {
            return;
        }
        LicenceConsumption.Holding before = u.holding();
        String beforeText = u.describe();
        u.activate();
        limits.ensureLicences(before, u.holding(), DirectoryRefusal.NOT_ENOUGH_TO_ACTIVATE, u.getFullName());
        limits.ensurePlaces(u.getRole() == Role.ADMIN, false);
        store.save(u);
        log.changed("User activated", u.subject(), beforeText, u.describe());
    }

    /**
     * Rule 5: blocks new sign-ins and frees the active-user slot; the password is kept and a session
     * already open stays until it ends. The position is released for a successor (seed 003).
     */
    @ReadCommittedTransaction
    public void deactivate(long id) {
        User u = store.get(id);
        if (u.isDeleted() || !u.isActive()) {
            return;
        }
        u.refuseIfOwnAccountOf(log.actor(), DirectoryRefusal.OWN_ACCOUNT_DEACTIVATE);
        String beforeText = u.describe();
        u.deactivate();
        store.save(u);
        log.changed("User deactivated", u.subject(), beforeText, u.describe());
    }

    /** Activates each user in its own transaction, so one refusal does not undo the others. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<BulkOutcome> activate(Collection<Long> ids) {
        return bulk(ids, this::activate, true);
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<BulkOutcome> deactivate(Collection<Long> ids) {
        return bulk(ids, this::deactivate, false);
    }

    /** Sets a password chosen by the administrator. Giving credentials may start consuming licences. */
    @ReadCommittedTransaction
    public void setPassword(long id, String password) {
        passwords.set(id, password);
    }

    /** Generates a strong password, stores its hash and returns it once to be handed to the user. */
    @ReadCommittedTransaction
    public String generatePassword(long id) {
        return passwords.generate(id);
    }

    /** Removes the login credentials' password: the user stops consuming module licences. */
    @Transactional
    public void removePassword(long id) {
        passwords.remove(id);
    }

    /** The last day the user may sign in (seed 001); null means no end date. */
    @Transactional
    public void setValidUntil(long id, LocalDate validUntil) {
        User u = store.get(id);
        u.refuseIfDeleted(DirectoryRefusal.DELETED);
        LocalDate before = u.getValidUntil();
        u.setValidUntil(validUntil);
        store.save(u);
        log.changed(
                "Valid until changed",
                u.subject(),
                before == null ? "no end date" : before.toString(),
                validUntil == null ? "no end date" : validUntil.toString());
    }

    /**
     * Rule 4: soft delete. The licences are freed at once; the row keeps id and name for history,
     * and the username becomes free for someone new.
     */
    @Transactional
    public void delete(long id) {
        User u = store.get(id);
        if (u.isDeleted()) {
            return;
        }
        u.refuseIfOwnAccountOf(log.actor(), DirectoryRefusal.OWN_ACCOUNT_DELETE);
        String beforeText = u.describe();
        u.markDeleted(clock.instant());
        store.save(u);
        log.changed("User deleted", u.subject(), beforeText, null);
    }

    /** Restores a deleted user as active, if the username is still free and every pot has room. */
    @ReadCommittedTransaction
    public void restore(long id) {
        User u = store.get(id);
        if (!u.isDeleted()) {
            return;
        }
        String beforeText = u.describe();
        store.checkRestorable(u);
        LicenceConsumption.Holding before = u.holding();
        u.restore();
        limits.ensureLicences(before, u.holding(), DirectoryRefusal.NOT_ENOUGH_TO_RESTORE, u.getFullName());
        limits.ensurePlaces(u.getRole() == Role.ADMIN, u.getConcurrentClass() == ConcurrentClass.RESERVED);
        store.save(u);
        log.changed("User restored", u.subject(), beforeText, u.describe());
    }

    private List<BulkOutcome> bulk(Collection<Long> ids, LongConsumer command, boolean activating) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids.stream().distinct().toList()) {
            String name = "#" + id;
            try {
                name = eachInOwnTransaction.execute(tx -> {
                    command.accept(id);
                    return store.nameOf(id);
                });
                outcomes.add(new BulkOutcome(id, name, activating, null));
            } catch (RefusedException e) {
                outcomes.add(new BulkOutcome(id, name, activating, e));
            }
        }
        return outcomes;
    }
}
