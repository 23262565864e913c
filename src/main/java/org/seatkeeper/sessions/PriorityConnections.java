package org.seatkeeper.sessions;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small connection pool of its own, beside the main one, for the short statements that keep seats
 * alive: lease renewals (their reads, and the batches that write them behind), and the token checks
 * and revocation reads every renewal depends on. Renewals are most of the load of a large
 * installation (tens of thousands of seats renewed every 20 s) and must never wait for a connection
 * behind a burst of sign-ins: on the shared pool, under overload, renewals queued until leases ran out
 * and seats were reclaimed mid-burst (issue 13). The pool copies the main pool's settings (URL,
 * credentials) and only changes its size and name.
 */
@Component
public class PriorityConnections {

    private static final Logger log = LoggerFactory.getLogger(PriorityConnections.class);

    private final HikariDataSource ownPool;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    PriorityConnections(DataSource main, SessionSettings settings) {
        int connections = settings.seats().heartbeatConnections();
        this.ownPool = main instanceof HikariDataSource hikari ? poolBeside(hikari, connections) : null;
        if (ownPool == null) {
            log.warn("The DataSource is not a Hikari pool: seat lease renewals share its connections");
        }
        this.dataSource = ownPool == null ? main : ownPool;
        this.jdbc = JdbcClient.create(dataSource);
    }

    private static HikariDataSource poolBeside(HikariDataSource main, int connections) {
        HikariConfig config = new HikariConfig();
        main.copyStateTo(config);
        config.setPoolName((main.getPoolName() == null ? "seatkeeper" : main.getPoolName()) + "-renewals");
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        config.setAutoCommit(true);
        config.setRegisterMbeans(false);
        // Created lazily: the schema (Liquibase) is in place by the first renewal.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** Statements on these connections autocommit: one statement, one transaction. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    /** The connections themselves, for the renewals' batches, which run in a transaction of their own. */
    DataSource dataSource() {
        return dataSource;
    }

    @PreDestroy
    void close() {
        if (ownPool != null) {
            ownPool.close();
        }
    }
}
