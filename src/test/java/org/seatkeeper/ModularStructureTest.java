package org.seatkeeper;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularStructureTest {

    @Test
    void feature_modules_have_no_cycles_and_use_only_each_others_public_api() {
        ApplicationModules.of(SeatkeeperApplication.class).verify();
    }
}
