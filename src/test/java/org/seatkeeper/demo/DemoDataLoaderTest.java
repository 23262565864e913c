package org.seatkeeper.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.LicencePots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The demo installation, loaded into the clean database every test starts from (what the switch
 * loaded at this context's start was wiped before the test: tests never depend on it).
 */
@SpringBootTest(properties = {"seatkeeper.demo-data=true", "seatkeeper.demo-password=demo-password-123"})
@WithMockUser(username = "admin", roles = {"ADMIN", "USER"})
class DemoDataLoaderTest {

    @Autowired DemoDataLoader loader;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired LicencePots pots;

    @Test
    void hospital_a_is_loaded_once_with_the_configured_password_and_some_pots_nearly_full() {
        assertThat(count("SELECT COUNT(*) FROM app_user")).as("only the administrator before").isEqualTo(1);

        loader.run(new DefaultApplicationArguments());
        int loaded = count("SELECT COUNT(*) FROM app_user");
        loader.run(new DefaultApplicationArguments());

        assertThat(count("SELECT COUNT(*) FROM app_user")).as("a second run adds nothing").isEqualTo(loaded);
        assertThat(loaded).isGreaterThan(200);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'full_'")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE concurrent_class = 'VIEW_ONLY'")).isEqualTo(5);
        assertThat(jdbc.queryForList("SELECT username FROM app_user WHERE concurrent_class = 'RESERVED'", String.class))
                .containsExactly("reserved1");
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE active = FALSE")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username IS NULL")).isPositive();
        assertThat(jdbc.queryForList("SELECT kind, capacity FROM concurrent_pool_capacity ORDER BY kind"))
                .extracting(r -> r.get("KIND") + "=" + r.get("CAPACITY"))
                .containsExactly("FULL_ACCESS=3", "RESERVED=1", "VIEW_ONLY=5");
        assertThat(pots.namedPots()).as("some pots at 90 % or more")
                .anySatisfy(pot -> assertThat(pot.inUse() * 10).isGreaterThanOrEqualTo(pot.capacity() * 9))
                .anySatisfy(pot -> assertThat(pot.inUse() * 10).isLessThan(pot.capacity() * 9));
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'view3'", String.class);
        assertThat(encoder.matches("demo-password-123", hash)).isTrue();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
