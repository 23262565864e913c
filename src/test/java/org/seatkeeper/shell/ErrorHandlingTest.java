package org.seatkeeper.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class ErrorHandlingTest {

    @Test
    void a_click_while_the_database_is_out_of_reach_says_so_without_an_incident_number() {
        Throwable outage = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException(
                        "timed out",
                        "08000",
                        new SQLNonTransientConnectionException("Socket fail to connect", "08000")));

        assertThat(ErrorHandling.messageFor(outage))
                .isEqualTo("The licence server cannot reach its database at the"
                        + " moment. Nothing was saved. Try again in a minute.");
    }

    @Test
    void any_other_failure_still_gets_an_incident_number() {
        assertThat(ErrorHandling.messageFor(new IllegalStateException("bug"))).contains("incident");
    }
}
