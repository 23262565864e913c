package org.seatkeeper.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class LoginViewMessagesTest {

    @Test
    void a_sign_in_refused_because_the_database_is_out_of_reach_says_so_and_not_wrong_password() {
        Object failure = new InternalAuthenticationServiceException("Failed to obtain JDBC Connection",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLNonTransientConnectionException("Socket fail to connect", "08000")));

        assertThat(LoginView.titleFor(failure)).isEqualTo("Signing in is not possible right now");
        assertThat(LoginView.messageFor(failure)).isEqualTo("The licence server cannot reach its database at the"
                + " moment. Nobody can sign in until it is back. Try again in a minute.");
    }

    @Test
    void a_wrong_password_is_still_reported_as_such() {
        Object failure = new BadCredentialsException("Bad credentials");

        assertThat(LoginView.titleFor(failure)).isEqualTo("Incorrect username or password");
    }
}
