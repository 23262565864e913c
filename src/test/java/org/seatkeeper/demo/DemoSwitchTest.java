package org.seatkeeper.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The demo switch ({@code seatkeeper.demo-data}) decides whether the two demo loaders exist at all. The
 * other demo tests make the loaders themselves (HospitalA), so that the demo is built once per test JVM
 * rather than at every context start; this test keeps the switch itself covered. The beans are only
 * defined, never made (lazy), so nothing is loaded and no database is needed: the rule is the condition.
 */
class DemoSwitchTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(LazyInitializationBeanFactoryPostProcessor.class)
            .withUserConfiguration(DemoDataLoader.class, DemoUsageHistory.class);

    @Test
    void with_the_switch_on_both_demo_loaders_are_there() {
        context.withPropertyValues("seatkeeper.demo-data=true")
                .run(started ->
                        assertThat(started).hasSingleBean(DemoDataLoader.class).hasSingleBean(DemoUsageHistory.class));
    }

    @Test
    void with_the_switch_off_or_unset_no_demo_loader_is_there() {
        context.withPropertyValues("seatkeeper.demo-data=false")
                .run(started -> assertThat(started)
                        .doesNotHaveBean(DemoDataLoader.class)
                        .doesNotHaveBean(DemoUsageHistory.class));
        context.run(started ->
                assertThat(started).doesNotHaveBean(DemoDataLoader.class).doesNotHaveBean(DemoUsageHistory.class));
    }
}
