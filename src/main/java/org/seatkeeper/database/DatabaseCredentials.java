package org.seatkeeper.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.seatkeeper.shared.PasswordGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB's two passwords, kept in {@code credentials.properties} in the data folder,
 * readable and writable by its owner only (POSIX 600): the application's account ({@link #USER}) and
 * root's. Created with random passwords at the first start (and again if the file is deleted, which
 * is how an operator changes them); the server is told them at every start, see {@link DatabaseAccounts}.
 */
record DatabaseCredentials(String appPassword, String rootPassword) {

    /** The application's database account; it connects over 127.0.0.1 only. */
    static final String USER = "seatkeeper";

    static final String FILE = "credentials.properties";

    private static final Logger log = LoggerFactory.getLogger(DatabaseCredentials.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    /** What {@link PasswordGenerator} makes: letters and digits, so it needs no quoting in SQL. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9]{16,100}");

    DatabaseCredentials {
        if (!SAFE.matcher(appPassword).matches() || !SAFE.matcher(rootPassword).matches()) {
            throw new IllegalArgumentException("Database passwords must be 16 to 100 letters and digits");
        }
    }

    static DatabaseCredentials random() {
        return new DatabaseCredentials(PasswordGenerator.generate(), PasswordGenerator.generate());
    }

    /**
     * Reads the file in {@code folder}, or creates it with new random passwords. The folder is made the
     * owner's alone too, since it holds the database files themselves.
     */
    static DatabaseCredentials inFolder(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (posix() && !OWNER_ONLY_FOLDER.containsAll(Files.getPosixFilePermissions(folder))) {
                log.info("The embedded MariaDB's folder {} is now readable by its owner only", folder);
                Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
            }
            if (Files.exists(file)) {
                ownerOnly(file, OWNER_ONLY);
                return read(file);
            }
            DatabaseCredentials created = random();
            created.write(file);
            log.info("New passwords for the embedded MariaDB written to {}", file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the embedded MariaDB's password file " + file, e);
        }
    }

    private static DatabaseCredentials read(Path file) throws IOException {
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            stored.load(in);
        }
        try {
            return new DatabaseCredentials(
                    stored.getProperty("application.password", ""), stored.getProperty("root.password", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The embedded MariaDB's password file " + file + " is damaged: it needs"
                            + " application.password and root.password of 16 to 100 letters and digits. Delete it and"
                            + " start again to get new passwords.",
                    e);
        }
    }

    /** Written beside the final file with owner-only permissions, then moved over it in one step. */
    void write(Path file) throws IOException {
        Properties stored = new Properties();
        stored.setProperty("application.user", USER);
        stored.setProperty("application.password", appPassword);
        stored.setProperty("root.password", rootPassword);
        Path draft = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(draft);
        if (posix()) {
            Files.createFile(draft, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        try (Writer out = Files.newBufferedWriter(draft)) {
            stored.store(
                    out,
                    "Seatkeeper's embedded MariaDB: keep this file readable by its owner only."
                            + " Delete it to get new passwords at the next start.");
        }
        Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Tightens permissions that are wider than the owner's, saying so: someone may have read the file. */
    private static void ownerOnly(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> actual = Files.getPosixFilePermissions(path);
        if (!wanted.containsAll(actual)) {
            log.warn(
                    "{} could be read by other users of this machine ({}); it is now the owner's alone ({})."
                            + " If that was wrong for a while, delete {} to get new passwords.",
                    path,
                    PosixFilePermissions.toString(actual),
                    PosixFilePermissions.toString(wanted),
                    FILE);
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[user=" + USER + ", passwords hidden]";
    }
}
