package org.seatkeeper.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prints the seed the test order was drawn from, and how to run the same order again: surefire orders
 * the classes and JUnit the methods of each, both from {@code test.seed} (pom.xml).
 */
public class PrintTestOrderSeed implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String seed = System.getProperty("test.seed");
        if (seed != null && !seed.isBlank()) {
            System.out.println("Tests run in random order, seed " + seed + ". Same order again: ./mvnw test -Dtest.seed="
                    + seed);
        }
    }
}
