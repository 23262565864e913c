package org.seatkeeper.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void a_refused_connection_behind_hikaris_wait_and_springs_translation_is_an_outage() {
        SQLNonTransientConnectionException refused = new SQLNonTransientConnectionException(
                "Socket fail to connect to 127.0.0.1", "08000", new ConnectException("Connection refused"));
        Throwable failure = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("outage - Connection is not available", "08000", refused));

        assertThat(DatabaseOutage.explains(failure)).isTrue();
    }

    @Test
    void a_connection_lost_in_the_middle_as_hibernate_reports_it_is_an_outage() {
        Throwable failure = new CannotCreateTransactionException(
                "Could not open JPA EntityManager",
                new JDBCConnectionException(
                        "Unable to acquire JDBC Connection", new SQLException("Connection reset", "08S01")));

        assertThat(DatabaseOutage.explains(failure)).isTrue();
    }

    @Test
    void a_pool_that_is_only_exhausted_while_the_database_answers_is_no_outage() {
        Throwable failure = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("outage - Connection is not available, request timed out"));

        assertThat(DatabaseOutage.explains(failure)).isFalse();
    }

    @Test
    void a_refusal_by_the_database_itself_is_no_outage() {
        Throwable failure = new DataIntegrityViolationException(
                "duplicate", new SQLException("Duplicate entry 'x' for key 'username'", "23000"));

        assertThat(DatabaseOutage.explains(failure)).isFalse();
        assertThat(DatabaseOutage.explains(new IllegalStateException("no cause")))
                .isFalse();
        assertThat(DatabaseOutage.explains(null)).isFalse();
    }

    @Test
    void a_chain_of_causes_that_loops_back_on_itself_ends() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(DatabaseOutage.explains(first)).isFalse();
    }
}
