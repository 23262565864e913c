package org.seatkeeper.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.LicencePots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The demo installation, as the loader's first run on a clean database leaves it: that run is the
 * first {@link HospitalA#scene} of the test JVM, here or in another test, and later ones are its copy.
 */
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class DemoDataLoaderTest {

    @Autowired
    ApplicationContext context;

    DemoDataLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LicencePots pots;

    /** Made as the switch would make it (HospitalA): the switch itself would load the demo at the context's start. */
    @BeforeEach
    void makeTheLoader() {
        loader = HospitalA.loader(context);
    }

    @Test
    void hospital_a_is_loaded_once_with_the_configured_password_and_some_pots_nearly_full() {
        HospitalA.scene(context); // the loader's first run on a clean database (or its copy, HospitalA)
        int loaded = count("SELECT COUNT(*) FROM app_user");
        loader.run(new DefaultApplicationArguments());

        assertThat(count("SELECT COUNT(*) FROM app_user"))
                .as("a second run adds nothing")
                .isEqualTo(loaded);
        assertThat(loaded).isGreaterThan(200);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'full_'"))
                .isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE concurrent_class = 'VIEW_ONLY'"))
                .isEqualTo(5);
        assertThat(jdbc.queryForList("SELECT username FROM app_user WHERE concurrent_class = 'RESERVED'", String.class))
                .containsExactly("reserved1");
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE active = FALSE")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username IS NULL"))
                .isPositive();
        assertThat(jdbc.queryForList("SELECT kind, capacity FROM concurrent_pool_capacity ORDER BY kind"))
                .extracting(r -> r.get("KIND") + "=" + r.get("CAPACITY"))
                .containsExactly("FULL_ACCESS=3", "RESERVED=1", "VIEW_ONLY=5");
        assertThat(pots.namedPots())
                .as("some pots at 90 % or more")
                .anySatisfy(pot -> assertThat(pot.inUse() * 10).isGreaterThanOrEqualTo(pot.capacity() * 9))
                .anySatisfy(pot -> assertThat(pot.inUse() * 10).isLessThan(pot.capacity() * 9));
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'view3'", String.class);
        assertThat(encoder.matches("demo-password-123", hash)).isTrue();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
