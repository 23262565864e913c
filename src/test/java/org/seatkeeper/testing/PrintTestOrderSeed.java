package org.seatkeeper.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prints the seed the test order was drawn from, and how to run the same order again: surefire orders
 * the classes and JUnit the methods of each, both from {@code test.seed} (pom.xml). Each of the
 * {@code test.forks} JVMs prints it: they take the classes in that order, each the next one whenever
 * it is free, so which JVM runs which class depends on timing; {@code -Dtest.forks=1} runs them all in
 * one JVM in that order, which keeps every JVM's own order (docs/decisions/0021-test-forks.md).
 */
public class PrintTestOrderSeed implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String seed = System.getProperty("test.seed");
        if (seed != null && !seed.isBlank()) {
            String forks = System.getProperty("test.forks", "1");
            String jvm = "1".equals(forks) ? "" : " (one of " + forks + " test JVMs)";
            System.out.println(
                    "Tests run in random order, seed " + seed + jvm + ". Same order again: ./mvnw test -Dtest.seed="
                            + seed + ("1".equals(forks) ? "" : "; all in one JVM: add -Dtest.forks=1"));
        }
    }
}
