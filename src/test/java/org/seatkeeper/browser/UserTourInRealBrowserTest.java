package org.seatkeeper.browser;

import org.junit.jupiter.api.Test;

/** The cockpit tour ({@link CockpitTourInRealBrowserTest}) as a plain user. */
class UserTourInRealBrowserTest extends CockpitTourInRealBrowserTest {

    @Test
    void every_view_fits_the_screen_and_speaks_plainly_for_a_plain_user() throws Exception {
        tourAs("view1", demoPassword(), "user", USER_VIEWS);
    }
}
