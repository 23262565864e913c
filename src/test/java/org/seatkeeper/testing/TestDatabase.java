package org.seatkeeper.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Puts the shared test database back to the state of a fresh installation just after its first start,
 * whatever earlier tests wrote: every table of the schema is emptied and refilled from a baseline.
 * <p>
 * The baseline is derived, never listed by hand, so a new table or a new seed row is never forgotten:
 * <ul>
 * <li>the tables are those of the schema (information_schema), less Liquibase's own two;</li>
 * <li>the reference and seed rows are what the Liquibase changelogs insert: they are run once per JVM
 * into a scratch schema {@code <schema>_baseline} on the same server;</li>
 * <li>plus the two things the application writes at its first start: the administrator
 * {@code admin} (FirstAdministrator, with the test password), copied from the running schema when
 * the baseline is made, and the live seat pools following the purchased capacities
 * (CapacityFollower).</li>
 * </ul>
 * Auto-increment counters are left alone on purpose: ids keep growing, so an id held by a stale
 * reference (an HTTP session of an earlier browser test) never names a new row.
 * <p>
 * Spring tests get this before and after every test method from {@link CleanDatabase}; code that
 * builds its own application contexts (TwoNodesTest) calls {@link #reset(DataSource)} itself. A test that
 * needs a scene slow to build (the Hospital A demo) gets it from {@link #scene}, built once per JVM.
 */
public final class TestDatabase {

    static final String CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";
    private static final List<String> LIQUIBASE_TABLES = List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
    private static final Map<String, Baseline> BASELINES = new ConcurrentHashMap<>();
    private static final Map<String, Baseline> SCENES = new ConcurrentHashMap<>();

    private TestDatabase() {}

    /** Empties every table and refills the baseline rows, in one transaction. */
    public static void reset(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        refill(jdbc, schema, BASELINES.computeIfAbsent(schema, name -> Baseline.make(dataSource, name)));
    }

    /**
     * Puts a scene that is slow to build in the database (Hospital A's demo: a minute or more of CPU
     * on a busy machine): built by {@code build} on a clean database the first time in this JVM, then
     * copied into a scratch schema {@code <schema>_<name>}, and copied back, in a second or two, every
     * later time. Like {@link #reset}, every table is emptied first, so the scene is exactly what the
     * first build left.
     */
    public static synchronized void scene(DataSource dataSource, String name, Runnable build) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        Baseline copied = SCENES.get(schema + "_" + name);
        if (copied != null) {
            refill(jdbc, schema, copied);
            return;
        }
        reset(dataSource);
        build.run();
        SCENES.put(schema + "_" + name, Baseline.copy(jdbc, schema, schema + "_" + name));
    }

    /** Empties every table of the schema and fills it from the scratch schema's rows, in one transaction. */
    private static void refill(JdbcTemplate jdbc, String schema, Baseline baseline) {
        jdbc.execute((Connection connection) -> {
            boolean autoCommit = connection.getAutoCommit();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : tables(jdbc, schema)) {
                    statement.execute("DELETE FROM `" + table + "`");
                }
                for (Baseline.Rows rows : baseline.rows()) {
                    statement.execute(rows.copyFrom(baseline.schema()));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    /** Every base table of the schema but Liquibase's own, including any a test created. */
    static List<String> tables(JdbcTemplate jdbc, String schema) {
        return jdbc.queryForList("""
                SELECT TABLE_NAME FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""", String.class, schema).stream()
                .filter(table -> !LIQUIBASE_TABLES.contains(table.toUpperCase()))
                .toList();
    }

    /** A scratch schema holding the rows to refill from (the baseline, or a scene), and the tables it has rows for. */
    record Baseline(String schema, List<Rows> rows) {

        /**
         * One table's baseline rows, copied by its stored (not generated) columns. (Until changeset 025 dropped
         * seat_pool's trigger, rows were copied without the column list: MariaDB 11.4.5 refuses
         * {@code INSERT INTO t (columns) SELECT ...} of two rows or more into a table with a BEFORE trigger.)
         */
        record Rows(String table, String columns) {

            String copyFrom(String schema) {
                return "INSERT INTO `" + table + "` (" + columns + ") SELECT " + columns + " FROM `" + schema + "`.`"
                        + table + "`";
            }
        }

        static Baseline make(DataSource dataSource, String appSchema) {
            String schema = appSchema + "_baseline";
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            jdbc.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            runChangelogs(dataSource, schema);
            jdbc.update("INSERT INTO `" + schema + "`.app_user (" + columns(jdbc, appSchema, "app_user") + ") SELECT "
                    + columns(jdbc, appSchema, "app_user") + " FROM `" + appSchema + "`.app_user"
                    + " WHERE username = 'admin' AND role = 'ADMIN' AND deleted_at IS NULL ORDER BY id LIMIT 1");
            jdbc.update("UPDATE `" + schema + "`.seat_pool s JOIN `" + schema + "`.concurrent_pool_capacity c"
                    + " ON c.kind = s.kind SET s.capacity = c.capacity, s.in_use = 0");
            return withRows(jdbc, schema);
        }

        /** Copies every table of the schema that has rows into a new scratch schema of that name. */
        static Baseline copy(JdbcTemplate jdbc, String appSchema, String schema) {
            jdbc.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            jdbc.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String table : tables(jdbc, appSchema)) {
                jdbc.execute("CREATE TABLE `" + schema + "`.`" + table + "` LIKE `" + appSchema + "`.`" + table + "`");
                String columns = columns(jdbc, appSchema, table);
                jdbc.update("INSERT INTO `" + schema + "`.`" + table + "` (" + columns + ") SELECT " + columns
                        + " FROM `" + appSchema + "`.`" + table + "`");
            }
            return withRows(jdbc, schema);
        }

        private static Baseline withRows(JdbcTemplate jdbc, String schema) {
            List<Rows> rows = new ArrayList<>();
            for (String table : tables(jdbc, schema)) {
                Integer count =
                        jdbc.queryForObject("SELECT COUNT(*) FROM `" + schema + "`.`" + table + "`", Integer.class);
                if (count != null && count > 0) {
                    rows.add(new Rows(table, columns(jdbc, schema, table)));
                }
            }
            return new Baseline(schema, List.copyOf(rows));
        }

        private static String columns(JdbcTemplate jdbc, String schema, String table) {
            return String.join(", ", jdbc.queryForList("""
                    SELECT CONCAT('`', COLUMN_NAME, '`') FROM information_schema.COLUMNS
                    WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND IS_GENERATED = 'NEVER'
                    ORDER BY ORDINAL_POSITION""", String.class, schema, table));
        }

        /** Runs the application's own changelogs into the scratch schema, on a connection of its own. */
        private static void runChangelogs(DataSource dataSource, String schema) {
            try (Connection connection = dataSource.getConnection()) {
                String appCatalog = connection.getCatalog();
                boolean autoCommit = connection.getAutoCommit();
                connection.setCatalog(schema);
                try {
                    SpringLiquibase liquibase = new SpringLiquibase();
                    liquibase.setDataSource(new SingleConnectionDataSource(connection, true));
                    liquibase.setChangeLog(CHANGELOG);
                    liquibase.setResourceLoader(new DefaultResourceLoader());
                    liquibase.afterPropertiesSet();
                } finally {
                    connection.setCatalog(appCatalog);
                    connection.setAutoCommit(autoCommit);
                }
            } catch (Exception e) {
                throw new IllegalStateException(
                        "Cannot build the test baseline schema " + schema
                                + " from the Liquibase changelogs (tests need the right to create it)",
                        e);
            }
        }
    }
}
