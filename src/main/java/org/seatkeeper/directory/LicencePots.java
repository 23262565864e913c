package org.seatkeeper.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchased licences: named pots, concurrent pool capacities and the number of free
 * administrator accounts. Administrators see them; only support staff change them, with a reason.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class LicencePots {

    static final int CONSUMERS_LISTED = 50;
    static final int REASON_MAX_LENGTH = 500;

    private final NamedPotRepository pots;
    private final ConcurrentPoolCapacityRepository pools;
    private final DirectorySettingRepository settings;
    private final PotLedger ledger;
    private final AdminLog log;
    private final ApplicationEventPublisher events;

    LicencePots(
            NamedPotRepository pots,
            ConcurrentPoolCapacityRepository pools,
            DirectorySettingRepository settings,
            PotLedger ledger,
            AdminLog log,
            ApplicationEventPublisher events) {
        this.pots = pots;
        this.pools = pools;
        this.settings = settings;
        this.ledger = ledger;
        this.log = log;
        this.events = events;
    }

    /** Every named pot with capacity, use and free count: active users first, then types, then modules. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.API_CLIENT + "')")
    public List<PotUsage> namedPots() {
        return pots.findAll().stream()
                .sorted(Comparator.comparingInt(NamedPot::sortOrder).thenComparing(NamedPot::label))
                .map(p -> new PotUsage(p.getId(), p.name(), p.getCapacity(), ledger.inUse(p.key())))
                .toList();
    }

    /** One named pot with its figures, if it exists. */
    public Optional<PotUsage> potUsage(long potId) {
        return pots.findById(potId).map(p -> new PotUsage(p.getId(), p.name(), p.getCapacity(), ledger.inUse(p.key())));
    }

    /** Who consumes a pot (at most the first 50 by name). */
    public List<String> consumers(long potId) {
        return ledger.consumers(pot(potId).key(), CONSUMERS_LISTED);
    }

    /** Rule 3: a capacity below current consumption is refused, listing who consumes it. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @ReadCommittedTransaction
    public void changeCapacity(long potId, int newCapacity, String reason) {
        String why = requireReason(reason);
        if (newCapacity < 0) {
            throw new RefusedException(DirectoryRefusal.CAPACITY_NEGATIVE);
        }
        NamedPot pot = pot(potId);
        PotLedger.LockedPot locked = ledger.lock(List.of(pot.key())).getFirst();
        int inUse = ledger.inUse(pot.key());
        if (newCapacity < inUse) {
            List<String> who = ledger.consumers(pot.key(), CONSUMERS_LISTED);
            throw inUse > who.size()
                    ? new RefusedException(
                            DirectoryRefusal.POT_CAPACITY_BELOW_USE_AND_MORE,
                            pot.name().term(),
                            inUse,
                            newCapacity,
                            String.join(", ", who),
                            inUse - who.size())
                    : new RefusedException(
                            DirectoryRefusal.POT_CAPACITY_BELOW_USE,
                            pot.name().term(),
                            inUse,
                            newCapacity,
                            String.join(", ", who));
        }
        int old = locked.capacity();
        pot.setCapacity(newCapacity);
        pots.saveAndFlush(pot);
        events.publishEvent(new PotCapacityChanged(pot.getId(), old, newCapacity));
        log.changed(
                "Pot capacity changed", "pot " + pot.label(), String.valueOf(old), String.valueOf(newCapacity), why);
    }

    public List<PoolCapacity> concurrentPools() {
        return pools.findAll().stream()
                .sorted(Comparator.comparing(ConcurrentPoolCapacity::getKind))
                .map(p -> new PoolCapacity(p.getKind(), p.getKind().label(), p.getCapacity()))
                .toList();
    }

    /**
     * Changes a concurrent pool's capacity and publishes {@link ConcurrentCapacityChanged} in the
     * transaction, so the sessions module can refuse while live sessions use more seats.
     */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @ReadCommittedTransaction
    public void changePoolCapacity(ConcurrentPool kind, int newCapacity, String reason) {
        String why = requireReason(reason);
        if (kind == null) {
            throw new RefusedException(DirectoryRefusal.POOL_MISSING);
        }
        if (newCapacity < 0) {
            throw new RefusedException(DirectoryRefusal.CAPACITY_NEGATIVE);
        }
        int old = ledger.lockPool(kind);
        if (kind == ConcurrentPool.RESERVED) {
            List<String> reserved = ledger.reservedUsers();
            if (newCapacity < reserved.size()) {
                throw new RefusedException(
                        DirectoryRefusal.RESERVED_CAPACITY_BELOW_MARKED,
                        reserved.size(),
                        newCapacity,
                        String.join(", ", reserved));
            }
        }
        ConcurrentPoolCapacity pool = pools.findById(kind).orElseThrow();
        pool.setCapacity(newCapacity);
        pools.saveAndFlush(pool);
        events.publishEvent(new ConcurrentCapacityChanged(kind, old, newCapacity));
        log.changed(
                "Concurrent capacity changed",
                "pool " + kind.label(),
                String.valueOf(old),
                String.valueOf(newCapacity),
                why);
    }

    /** The seed 004 warning, present while Full-access capacity is below reserved users + 1. */
    public Optional<ReservedCoverageWarning> reservedCoverageWarning() {
        int full = pools.findById(ConcurrentPool.FULL_ACCESS)
                .map(ConcurrentPoolCapacity::getCapacity)
                .orElse(0);
        int reserved = ledger.reservedUsers().size();
        return ReservedCoverageWarning.of(full, reserved);
    }

    public int administratorLimit() {
        return setting().getIntValue();
    }

    public int administratorsInUse() {
        return ledger.activeAdministrators();
    }

    /** Support grants (or withdraws) free administrator accounts; never below those in use. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @ReadCommittedTransaction
    public void changeAdministratorLimit(int newLimit, String reason) {
        String why = requireReason(reason);
        int old = ledger.lockSetting(DirectorySetting.ADMINISTRATOR_LIMIT);
        int inUse = ledger.activeAdministrators();
        if (newLimit < Math.max(1, inUse)) {
            throw new RefusedException(DirectoryRefusal.ADMINISTRATOR_LIMIT_BELOW_USE, inUse, newLimit);
        }
        DirectorySetting s = setting();
        s.setIntValue(newLimit);
        settings.saveAndFlush(s);
        log.changed(
                "Administrator limit changed",
                "administrator accounts",
                String.valueOf(old),
                String.valueOf(newLimit),
                why);
    }

    private DirectorySetting setting() {
        return settings.findById(DirectorySetting.ADMINISTRATOR_LIMIT).orElseThrow();
    }

    private NamedPot pot(long id) {
        return pots.findById(id).orElseThrow(() -> new RefusedException(DirectoryRefusal.POT_UNKNOWN, id));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(DirectoryRefusal.REASON_MISSING);
        }
        if (reason.length() > REASON_MAX_LENGTH) {
            throw new RefusedException(DirectoryRefusal.REASON_TOO_LONG, REASON_MAX_LENGTH);
        }
        return reason.trim();
    }
}
