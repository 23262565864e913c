package org.seatkeeper.sessions;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.ReservedCoverageWarning;
import org.seatkeeper.shared.RefusedException;

/**
 * Rule 7 (seed 004) as a plain function of the pools and the user's admission class: the first of the
 * class's {@linkplain AdmissionClass#candidateSeats() candidate seats} whose pool has room, else a
 * refusal. The database allocation in {@link SeatPools} follows the same candidate order.
 */
public final class AdmissionRule {

    /** What every refused sign-in is told first, from seed 004 and PRODUCT.md rule 7. */
    public static final String ALL_IN_USE = "All licences are in use. Try again later.";

    private AdmissionRule() {}

    /** The seat this class gets on these pools, or empty when every candidate pool is full. */
    public static Optional<SeatKind> seatFor(AdmissionClass admissionClass, PoolSnapshot pools) {
        return admissionClass.candidateSeats().stream()
                .filter(pools::hasRoomFor)
                .findFirst();
    }

    /**
     * The seat this class gets on these pools.
     *
     * @throws RefusedException with {@link #refusal} when every candidate pool is full
     */
    public static SeatKind admit(AdmissionClass admissionClass, PoolSnapshot pools) {
        return seatFor(admissionClass, pools).orElseThrow(() -> noSeat(admissionClass, pools));
    }

    /**
     * The message a refused user sees: the seed's "try again later" and the figures of every pool the
     * class could have used, e.g. "All licences are in use. Try again later. (Full-access 3 of 3
     * in use, View-only 5 of 5 in use.)"
     */
    public static String refusal(AdmissionClass admissionClass, PoolSnapshot pools) {
        return noSeat(admissionClass, pools).getMessage();
    }

    /** The refusal of a sign-in that finds every pool it could use full, with those pools' figures. */
    public static NoSeatException noSeat(AdmissionClass admissionClass, PoolSnapshot pools) {
        Set<ConcurrentPool> tried = new LinkedHashSet<>();
        admissionClass.candidateSeats().forEach(seat -> seat.pool().ifPresent(tried::add));
        return new NoSeatException(tried.stream().map(pools::usage).toList());
    }

    /**
     * Seed 004: a site must have at least one more Full-access seat than it has reserved users, so
     * that normal users are not locked out when every reserved user is signed in; the rule and its
     * wording are the directory's {@link ReservedCoverageWarning}.
     *
     * @return the warning to show while Full-access capacity is below reserved users + 1
     */
    public static Optional<String> fullAccessWarning(int fullAccessCapacity, int reservedUsers) {
        return ReservedCoverageWarning.of(fullAccessCapacity, reservedUsers).map(ReservedCoverageWarning::message);
    }
}
