package org.seatkeeper.demo;

import javax.sql.DataSource;
import org.seatkeeper.testing.TestDatabase;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

/**
 * The Hospital A demo installation for tests, without the switch {@code seatkeeper.demo-data}: a context
 * with it on loads the demo at every start (a minute or more of CPU on a busy 2-core machine) only for
 * the reset before each test to wipe it, and is one more context to start in every test JVM. The
 * loaders are made here from the context's beans instead; their password is the test-wide
 * {@code seatkeeper.demo-password} (src/test/resources/config/application.properties).
 */
public final class HospitalA {

    private HospitalA() {}

    /**
     * Hospital A's people and 90 days of usage history, as a first start with the switch on leaves them:
     * loaded the first time in this JVM, copied back after (docs/decisions/0021-test-forks.md).
     */
    public static void scene(ApplicationContext context) {
        TestDatabase.scene(context.getBean(DataSource.class), "hospital_a", () -> {
            loader(context).run(new DefaultApplicationArguments());
            history(context).run(new DefaultApplicationArguments());
        });
    }

    /** The password every demo user has. */
    public static String password(ApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("seatkeeper.demo-password");
    }

    static DemoDataLoader loader(ApplicationContext context) {
        return context.getAutowireCapableBeanFactory().createBean(DemoDataLoader.class);
    }

    static DemoUsageHistory history(ApplicationContext context) {
        return context.getAutowireCapableBeanFactory().createBean(DemoUsageHistory.class);
    }
}
