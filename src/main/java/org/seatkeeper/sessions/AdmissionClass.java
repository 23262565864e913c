package org.seatkeeper.sessions;

import java.util.List;

/**
 * How a user is admitted (seed 004): the ordered seats they may take. This list is the single source
 * of truth for the admission rule: {@link AdmissionRule} walks it over a {@link PoolSnapshot}, and
 * {@link SeatPools} walks it with one conditional UPDATE per seat, so the pure rule and the database
 * allocation cannot drift apart.
 */
public enum AdmissionClass {
    /** Administrator and support accounts: always admitted, on no pool. */
    EXEMPT(List.of(SeatKind.EXEMPT)),
    /** A normal full-access user: a full seat, else an overflow seat on the View-only pool. */
    STANDARD(List.of(SeatKind.FULL, SeatKind.OVERFLOW)),
    /** Explicitly view-only: a view-only seat or nothing. */
    VIEW_ONLY(List.of(SeatKind.VIEW_ONLY)),
    /**
     * Marked reserved by support: the Reserved pool only. Never falls back to a full seat: the number
     * of reserved users never exceeds the Reserved capacity (rule 7) and an account has one session
     * at a time (rule 9), so a full Reserved pool means that invariant was broken, and taking a Full
     * seat then would silently eat the capacity normal users were promised.
     */
    RESERVED(List.of(SeatKind.RESERVED));

    private final List<SeatKind> candidateSeats;

    AdmissionClass(List<SeatKind> candidateSeats) {
        this.candidateSeats = candidateSeats;
    }

    /** The seats this class may take, best first. */
    public List<SeatKind> candidateSeats() {
        return candidateSeats;
    }

    /**
     * The class of an account. Administrator and support accounts are exempt whatever their flags.
     *
     * @throws IllegalArgumentException for a user flagged both view-only and reserved, which rule 7
     *                                  forbids and the directory must never store
     */
    public static AdmissionClass of(boolean administratorOrSupport, boolean viewOnly, boolean reserved) {
        if (viewOnly && reserved) {
            throw new IllegalArgumentException("A user is never both view-only and reserved (rule 7)");
        }
        if (administratorOrSupport) {
            return EXEMPT;
        }
        if (reserved) {
            return RESERVED;
        }
        return viewOnly ? VIEW_ONLY : STANDARD;
    }
}
