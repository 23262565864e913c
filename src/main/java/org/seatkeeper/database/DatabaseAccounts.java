package org.seatkeeper.database;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The accounts of the embedded MariaDB, as the statements its server runs at every start from
 * {@code --init-file}, with all rights, before it accepts any connection. Running them every time
 * makes a new data folder, a folder from the days of {@code --skip-grant-tables} and a folder whose
 * password file was deleted all end in the same state, with no window in which the server is open:
 * <ul>
 * <li>the anonymous accounts {@code mariadb-install-db} creates are removed, with the rights on the
 * {@code test} databases, as {@code mariadb-secure-installation} does, and the proxy right it gives
 * a root account named after the machine (which does not exist with {@code --skip-name-resolve});</li>
 * <li>root is reachable through the server's socket only (which lies in a folder of the owner's), by
 * the operating system's root user, or with the root password from the file;</li>
 * <li>the application's account, from 127.0.0.1 only, with its password from the file and every right
 * on the application's schema and on schemas named after it with an underscore (the tests' scratch
 * copies), none elsewhere.</li>
 * </ul>
 * One statement a line, no comments: what {@code --init-file} reads.
 */
final class DatabaseAccounts {

    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private DatabaseAccounts() {}

    static List<String> statements(String schema, DatabaseCredentials credentials) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("The embedded database's schema name must be letters, digits and"
                    + " underscores (1 to 64), not '" + schema + "'");
        }
        String app = "'" + DatabaseCredentials.USER + "'@'127.0.0.1'";
        String exactly = schema.replace("_", "\\_");
        return List.of(
                "DELETE FROM mysql.global_priv WHERE User = ''",
                "DELETE FROM mysql.db WHERE Db = 'test' OR Db LIKE 'test\\\\_%'",
                "DELETE FROM mysql.proxies_priv WHERE Host <> 'localhost'",
                "FLUSH PRIVILEGES",
                "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('"
                        + credentials.rootPassword() + "')",
                "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "CREATE USER IF NOT EXISTS " + app + " IDENTIFIED BY '" + credentials.appPassword() + "'",
                "ALTER USER " + app + " IDENTIFIED BY '" + credentials.appPassword() + "'",
                "GRANT ALL PRIVILEGES ON `" + exactly + "`.* TO " + app,
                "GRANT ALL PRIVILEGES ON `" + exactly + "\\_%`.* TO " + app);
    }

    static String initFile(String schema, DatabaseCredentials credentials) {
        return String.join(";\n", statements(schema, credentials)) + ";\n";
    }
}
