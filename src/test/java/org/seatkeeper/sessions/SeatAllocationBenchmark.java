package org.seatkeeper.sessions;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.seatkeeper.database.EmbeddedMariaDb;
import org.seatkeeper.database.EmbeddedMariaDbProperties;
import org.slf4j.LoggerFactory;

/**
 * Measures seat allocation strategies on the embedded MariaDB with 50 threads, for
 * docs/decisions/0004-atomic-seat-allocation.md. Not a test (its name matches no Surefire pattern);
 * run it with:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.seatkeeper.sessions.SeatAllocationBenchmark [-Dexec.args="5 3"]
 * </pre>
 * <p>
 * Arguments: seconds per measured round (default 5) and rounds per strategy (default 3). Each
 * allocation is one transaction on one pool row, InnoDB, REPEATABLE READ, as in production.
 * <p>
 * The two locking strategies must be exact: if either grants more or fewer seats than the pool
 * records, the command says WRONG and exits with status 1, so it can never pass unnoticed. The
 * unlocked strategy is shown only for contrast; its over-allocation is expected and reported as such.
 */
public final class SeatAllocationBenchmark {

    private static final int THREADS = 50;

    /** One way to take a seat; true when granted. Runs inside a transaction the caller commits. */
    private interface Strategy {
        boolean allocate(Connection connection) throws SQLException;
    }

    private static final Strategy CONDITIONAL_UPDATE = connection -> {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE bench_pool SET in_use = in_use + 1 WHERE id = 1 AND in_use < capacity")) {
            return update.executeUpdate() == 1;
        }
    };

    private static final Strategy SELECT_FOR_UPDATE = connection -> {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT capacity, in_use FROM bench_pool WHERE id = 1 FOR UPDATE");
                ResultSet row = select.executeQuery()) {
            row.next();
            if (row.getInt("in_use") >= row.getInt("capacity")) {
                return false;
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE bench_pool SET in_use = in_use + 1 WHERE id = 1")) {
            return update.executeUpdate() == 1;
        }
    };

    /** The naive way, only to show that the check in the database is what matters. */
    private static final Strategy UNLOCKED_READ_THEN_WRITE = connection -> {
        int inUse;
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT capacity, in_use FROM bench_pool WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            row.next();
            inUse = row.getInt("in_use");
            if (inUse >= row.getInt("capacity")) {
                return false;
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE bench_pool SET in_use = ? WHERE id = 1")) {
            update.setInt(1, inUse + 1);
            return update.executeUpdate() == 1;
        }
    };

    private SeatAllocationBenchmark() {}

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;

        boolean exact;
        EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(null, "seatkeeper_bench", true));
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(db.jdbcUrl());
            dataSource.setUsername(db.username());
            dataSource.setPassword(db.password());
            dataSource.setMaximumPoolSize(THREADS);
            dataSource.setMinimumIdle(THREADS);
            dataSource.setAutoCommit(false);
            createTable(dataSource);
            System.out.printf(
                    "MariaDB %s, %d threads, %d cores, %d x %d s per strategy%n",
                    version(dataSource), THREADS, Runtime.getRuntime().availableProcessors(), rounds, seconds);

            System.out.println("\nCorrectness: pool of capacity 100, 50 threads x 10 attempts each");
            exact = correctness(dataSource, "conditional UPDATE", CONDITIONAL_UPDATE);
            exact &= correctness(dataSource, "SELECT ... FOR UPDATE, UPDATE", SELECT_FOR_UPDATE);
            boolean contrast = correctness(dataSource, "unlocked SELECT, UPDATE", UNLOCKED_READ_THEN_WRITE);
            System.out.println(
                    contrast
                            ? "  (the unlocked strategy happened to stay exact this time)"
                            : "  (the unlocked strategy is wrong, as expected: it is there for contrast only)");

            System.out.println("\nThroughput: pool never full, allocations per second");
            throughput(dataSource, "warm-up", CONDITIONAL_UPDATE, 2);
            throughput(dataSource, "warm-up", SELECT_FOR_UPDATE, 2);
            double[] conditional = new double[rounds];
            double[] forUpdate = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                conditional[round] = throughput(dataSource, "conditional UPDATE", CONDITIONAL_UPDATE, seconds);
                forUpdate[round] = throughput(dataSource, "SELECT ... FOR UPDATE, UPDATE", SELECT_FOR_UPDATE, seconds);
                exact &= conditional[round] >= 0 && forUpdate[round] >= 0;
            }
            System.out.printf(
                    "%nMedian: conditional UPDATE %.0f/s, SELECT ... FOR UPDATE then UPDATE %.0f/s%n",
                    median(conditional), median(forUpdate));
            if (!exact) {
                System.out.println("\nWRONG: a locking strategy did not count its seats exactly (see above).");
            }
        }
        // exit: the embedded MariaDB's threads would keep the JVM alive; 1 when a locking strategy was wrong
        System.exit(exact ? 0 : 1);
    }

    private static void createTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_pool");
            statement.execute("CREATE TABLE bench_pool (id INT PRIMARY KEY, capacity INT NOT NULL,"
                    + " in_use INT NOT NULL) ENGINE=InnoDB");
            statement.execute("INSERT INTO bench_pool VALUES (1, 0, 0)");
            connection.commit();
        }
    }

    private static void reset(DataSource dataSource, int capacity) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE bench_pool SET capacity = ?, in_use = 0 WHERE id = 1")) {
            update.setInt(1, capacity);
            update.executeUpdate();
            connection.commit();
        }
    }

    private static int inUse(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT in_use FROM bench_pool WHERE id = 1")) {
            row.next();
            int inUse = row.getInt(1);
            connection.commit();
            return inUse;
        }
    }

    /** True when exactly the capacity was granted and recorded. */
    private static boolean correctness(DataSource dataSource, String name, Strategy strategy) throws Exception {
        reset(dataSource, 100);
        AtomicLong granted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        run(dataSource, strategy, granted, errors, () -> false, 10);
        int inUse = inUse(dataSource);
        boolean exact = granted.get() == 100 && inUse == 100;
        System.out.printf(
                "  %-32s granted %3d, in_use %3d of 100, errors %d -> %s%n",
                name, granted.get(), inUse, errors.get(), exact ? "exact" : "WRONG");
        return exact;
    }

    /** Allocations per second, or -1 when the pool's count differs from the seats granted. */
    private static double throughput(DataSource dataSource, String name, Strategy strategy, int seconds)
            throws Exception {
        reset(dataSource, Integer.MAX_VALUE);
        AtomicLong granted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        run(dataSource, strategy, granted, errors, () -> System.nanoTime() > deadline, Integer.MAX_VALUE);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int inUse = inUse(dataSource);
        double perSecond = granted.get() / elapsed;
        boolean exact = inUse == granted.get();
        System.out.printf(
                "  %-32s %7.0f/s (%d in %.1f s, in_use %d %s, errors %d)%n",
                name, perSecond, granted.get(), elapsed, inUse, exact ? "exact" : "WRONG", errors.get());
        return exact ? perSecond : -1;
    }

    private static void run(
            DataSource dataSource,
            Strategy strategy,
            AtomicLong granted,
            AtomicLong errors,
            java.util.function.BooleanSupplier stop,
            int attemptsPerThread)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    go.await();
                    for (int i = 0; i < attemptsPerThread && !stop.getAsBoolean(); i++) {
                        try {
                            boolean ok = strategy.allocate(connection);
                            connection.commit();
                            if (ok) {
                                granted.incrementAndGet();
                            }
                        } catch (SQLException e) {
                            errors.incrementAndGet();
                            connection.rollback();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }));
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static String version(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT VERSION()")) {
            row.next();
            String version = row.getString(1);
            connection.commit();
            return version;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
