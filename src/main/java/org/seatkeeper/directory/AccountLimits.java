package org.seatkeeper.directory;

import java.util.List;
import org.seatkeeper.shared.RefusedException;
import org.springframework.stereotype.Component;

/**
 * The limits a change to a user must stay within, each locking what it counts so that two
 * administrators cannot both take the last place: licences in the named pots (rule 1), free
 * administrator accounts (seed 003), reserved users (rule 7), and who may touch reserved users and
 * support accounts.
 */
@Component
class AccountLimits {

    private final PotLedger ledger;
    private final AdminLog log;

    AccountLimits(PotLedger ledger, AdminLog log) {
        this.ledger = ledger;
        this.log = log;
    }

    /** Rule 1: refuses, naming each overflowing pot, when going from before to after needs licences none are left of. */
    void ensureLicences(
            LicenceConsumption.Holding before, LicenceConsumption.Holding after, DirectoryRefusal refusal, String who) {
        ledger.ensureRoom(
                PotLedger.additions(before == null ? List.of() : List.of(before), List.of(after)), refusal, who);
    }

    /** A place among the administrators and among the reserved users, for whichever the change newly takes. */
    void ensurePlaces(boolean newAdministrator, boolean newlyReserved) {
        if (newAdministrator) {
            ensureAdministratorPlace();
        }
        if (newlyReserved) {
            ensureReservedPlace();
        }
    }

    /** Seed 003: free administrator accounts are limited (five by default; support can raise it). */
    private void ensureAdministratorPlace() {
        int limit = ledger.lockSetting(DirectorySetting.ADMINISTRATOR_LIMIT);
        int inUse = ledger.activeAdministrators();
        if (inUse + 1 > limit) {
            throw new RefusedException(DirectoryRefusal.ADMINISTRATORS_FULL, inUse, limit);
        }
    }

    /** Rule 7: the number of reserved users never exceeds the Reserved pool capacity. */
    private void ensureReservedPlace() {
        int capacity = ledger.lockPool(ConcurrentPool.RESERVED);
        List<String> reserved = ledger.reservedUsers();
        if (reserved.size() + 1 > capacity) {
            throw new RefusedException(
                    DirectoryRefusal.RESERVED_FULL, reserved.size(), capacity, String.join(", ", reserved));
        }
    }

    /** Only support staff mark or unmark reserved users. */
    void checkReservedChange(ConcurrentClass before, ConcurrentClass after) {
        boolean touchesReserved =
                before != after && (before == ConcurrentClass.RESERVED || after == ConcurrentClass.RESERVED);
        if (touchesReserved && !log.actorIsSupport()) {
            throw new RefusedException(DirectoryRefusal.RESERVED_BY_SUPPORT_ONLY);
        }
    }

    /** Only support staff create support accounts or change their role. */
    void checkSupportRoleChange(Role before, Role after) {
        if (before != after && (before == Role.SUPPORT || after == Role.SUPPORT) && !log.actorIsSupport()) {
            throw new RefusedException(DirectoryRefusal.SUPPORT_ROLE_BY_SUPPORT_ONLY);
        }
    }
}
