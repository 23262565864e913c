package org.seatkeeper.directory;

import java.util.List;

/** The licence impact of a change: one entry per pot that it would take more licences from. */
public record LicenceImpact(List<PotImpact> pots) {

    public boolean fits() {
        return pots.stream().allMatch(PotImpact::fits);
    }

    public List<PotImpact> overflowing() {
        return pots.stream().filter(p -> !p.fits()).toList();
    }
}
