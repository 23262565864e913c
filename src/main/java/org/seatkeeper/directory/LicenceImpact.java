package org.seatkeeper.directory;

import java.util.List;

/**
 * The licence impact of a change: one entry per pot that it would take licences from or free
 * licences in.
 */
public record LicenceImpact(List<PotImpact> pots) {

    public boolean fits() {
        return pots.stream().allMatch(PotImpact::fits);
    }

    public List<PotImpact> overflowing() {
        return pots.stream().filter(p -> !p.fits()).toList();
    }

    /** True when the change takes licences from at least one pot (and so deserves a confirmation). */
    public boolean takesLicences() {
        return pots.stream().anyMatch(p -> p.additional() > 0);
    }
}
