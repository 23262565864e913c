package org.seatkeeper.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.PotScope;
import org.seatkeeper.directory.PotUsage;

class NearlyFullPotTest {

    @Test
    void a_pot_is_flagged_from_ninety_percent_of_its_capacity() {
        assertThat(LicenceOverview.nearlyFull(pot(20, 17))).isFalse();
        assertThat(LicenceOverview.nearlyFull(pot(20, 18))).isTrue();
        assertThat(LicenceOverview.nearlyFull(pot(20, 20))).isTrue();
        assertThat(LicenceOverview.percent(pot(20, 19))).isEqualTo(95);
    }

    @Test
    void an_empty_pot_of_capacity_zero_is_not_flagged_but_one_in_use_is() {
        assertThat(LicenceOverview.nearlyFull(pot(0, 0))).isFalse();
        assertThat(LicenceOverview.nearlyFull(pot(0, 1))).isTrue();
    }

    private static PotUsage pot(int capacity, int inUse) {
        return new PotUsage(1, PotScope.MODULE, "Documents", capacity, inUse);
    }
}
