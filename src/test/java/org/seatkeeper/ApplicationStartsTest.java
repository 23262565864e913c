package org.seatkeeper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

@SpringBootTest
class ApplicationStartsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void schema_is_created_by_liquibase_on_a_real_mariadb() {
        String version = jdbc.queryForObject("SELECT VERSION()", String.class);
        assertThat(version).contains("MariaDB");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'admin'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void with_the_scheduling_switch_off_no_scheduled_job_runs() {
        // A library's @EnableScheduling (Spring Modulith Moments did) would run every job of every cached
        // test context against the shared database, each with its own clock and settings.
        assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class))
                .isEmpty();
        assertThat(context.getEnvironment().getProperty("seatkeeper.scheduling.enabled"))
                .isEqualTo("false");
    }
}
