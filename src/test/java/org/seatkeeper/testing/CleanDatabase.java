package org.seatkeeper.testing;

import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Every Spring test starts on a clean database and leaves one behind: {@link TestDatabase#reset} runs
 * before each test method (before its {@code @BeforeEach} methods) and after it (after its
 * {@code @AfterEach} methods). Registered for every Spring test in META-INF/spring.factories, so a new
 * test needs nothing to adopt it; set its scene in {@code @BeforeEach}, never in {@code @BeforeAll}
 * (that would be wiped before the first test).
 * <p>
 * It also forgets the request a test bound to its thread, and closes, after the class, any context
 * whose scheduled jobs were switched on ({@code seatkeeper.scheduling.enabled=true}): jobs of a cached
 * context would go on acting on the database under later tests.
 */
public class CleanDatabase implements TestExecutionListener, Ordered {

    static final String SCHEDULING = "seatkeeper.scheduling.enabled";

    @Override
    public void beforeTestMethod(TestContext testContext) {
        reset(testContext);
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        RequestContextHolder.resetRequestAttributes();
        reset(testContext);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()
                && testContext.getApplicationContext().getEnvironment().getProperty(SCHEDULING, Boolean.class, true)) {
            testContext.markApplicationContextDirty(DirtiesContext.HierarchyMode.EXHAUSTIVE);
        }
    }

    private static void reset(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(DataSource.class).ifAvailable(TestDatabase::reset);
    }

    @Override
    public int getOrder() {
        // after the context is loaded and the security strategy set (SecurityStrategyPerTestContext, 1000)
        return 1500;
    }
}
