package org.seatkeeper.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.seats.SeatApi;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.TestNodes;
import org.seatkeeper.testing.TestPools;
import org.seatkeeper.testing.TestUsers;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole application on a data folder its older version made while grants were skipped: Liquibase
 * had created every table, trigger and procedure there as password-less root. After the upgrade the
 * application runs on its own account, and taking a seat works, and so does giving it back in a later
 * minute (which calls the usage procedure that writes the minute held out). The folder, servers and application contexts are this test's own.
 */
class GrantlessFolderUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void an_application_whose_folder_was_made_without_grants_takes_seats_after_the_upgrade() throws Exception {
        try (GrantlessMariaDb old = GrantlessMariaDb.start(folder)) {
            TestNodes.start(
                            "--server.port=0",
                            "--spring.datasource.url=" + old.url("seatkeeper"),
                            "--spring.datasource.username=root",
                            "--spring.datasource.password=")
                    .close();
        }

        EmbeddedMariaDb db = EmbeddedMariaDb.launch(new EmbeddedMariaDbProperties(folder, "seatkeeper", false));
        ConfigurableApplicationContext app = null;
        try {
            app = TestNodes.start(
                    "--server.port=0",
                    "--spring.datasource.url=" + db.jdbcUrl(),
                    "--spring.datasource.username=" + db.username(),
                    "--spring.datasource.password=" + db.password());
            JdbcTemplate jdbc =
                    new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password()));
            TestPools.set(jdbc, 10, 10, 0);
            new TestUsers(jdbc, app.getBean(PasswordEncoder.class))
                    .add("upgraded.user")
                    .withCredentials()
                    .concurrentClass("STANDARD")
                    .insert();
            ConfigurableApplicationContext running = app;
            String token = app.getBean(CurrentUser.class)
                    .runAs(
                            UsernamePasswordAuthenticationToken.authenticated(
                                    "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))),
                            () -> running.getBean(ApiClients.class).register("Upgrade app", "Test application", null))
                    .token();
            SeatApi api = new SeatApi(
                    HttpClient.newHttpClient(),
                    ((WebServerApplicationContext) app).getWebServer().getPort(),
                    token);

            SeatApi.Reply taken = api.take("upgraded.user");

            assertThat(taken.status()).as(taken.response().body()).isEqualTo(201);
            assertThat(TestPools.inUse(jdbc, "FULL_ACCESS")).isEqualTo(1);
            TestPools.ageHeldMinutes(jdbc, java.time.Duration.ofMinutes(1));
            assertThat(api.release(taken.seatId()).status()).isEqualTo(204);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usage_minute", Integer.class))
                    .as("minutes written out by the procedure")
                    .isPositive();
        } finally {
            if (app != null) {
                app.close();
            }
            db.stop();
        }
    }
}
