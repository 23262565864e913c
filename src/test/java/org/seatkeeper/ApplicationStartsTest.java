package org.seatkeeper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ApplicationStartsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void schema_is_created_by_liquibase_on_a_real_mariadb() {
        String version = jdbc.queryForObject("SELECT VERSION()", String.class);
        assertThat(version).contains("MariaDB");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'admin'", Integer.class))
                .isEqualTo(1);
    }
}
