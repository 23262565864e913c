package org.seatkeeper.browser;

import org.junit.jupiter.api.Test;

/** The cockpit tour ({@link CockpitTourInRealBrowserTest}) as support staff, the sign-in page included. */
class SupportTourInRealBrowserTest extends CockpitTourInRealBrowserTest {

    @Test
    void every_view_fits_the_screen_and_speaks_plainly_for_support_staff() throws Exception {
        tourAs("support1", demoPassword(), "support", ADMINISTRATOR_VIEWS);
    }
}
