package org.seatkeeper;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the static {@link SecurityContextHolder} at the running test's own application context
 * before anything else runs. Each context (Vaadin registers its strategy per context) replaces the
 * static strategy when it starts, so with several cached contexts in one JVM the static holder would
 * otherwise belong to whichever started last, and code or test support that reads it statically
 * (browserless Vaadin) would not see the test's {@code @WithMockUser}. Registered in
 * META-INF/spring.factories.
 */
public class SecurityStrategyPerTestContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        // before WithSecurityContextTestExecutionListener (10000) sets the test's user
        return 1000;
    }
}
