package org.seatkeeper.browser;

import org.junit.jupiter.api.Test;

/** The cockpit tour ({@link CockpitTourInRealBrowserTest}) as the administrator. */
class AdministratorTourInRealBrowserTest extends CockpitTourInRealBrowserTest {

    @Test
    void every_view_fits_the_screen_and_speaks_plainly_for_the_administrator() throws Exception {
        tourAs("admin", "admin-test-password", "administrator", ADMINISTRATOR_VIEWS);
    }
}
