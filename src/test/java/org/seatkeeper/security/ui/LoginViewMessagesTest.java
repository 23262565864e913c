package org.seatkeeper.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class LoginViewMessagesTest {

    private final Texts texts = new Texts();

    @Test
    void a_sign_in_refused_because_the_database_is_out_of_reach_says_so_and_not_wrong_password() {
        Object failure = new InternalAuthenticationServiceException(
                "Failed to obtain JDBC Connection",
                new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLNonTransientConnectionException("Socket fail to connect", "08000")));

        assertThat(LoginView.titleFor(failure, texts, Language.ENGLISH))
                .isEqualTo("Signing in is not possible right now");
        assertThat(LoginView.messageFor(failure, texts, Language.ENGLISH))
                .isEqualTo("The licence server cannot reach its database at the"
                        + " moment. Nobody can sign in until it is back. Try again in a minute.");
    }

    @Test
    void a_wrong_password_is_still_reported_as_such() {
        Object failure = new BadCredentialsException("Bad credentials");

        assertThat(LoginView.titleFor(failure, texts, Language.ENGLISH)).isEqualTo("Incorrect username or password");
    }

    @Test
    void a_swedish_reader_is_told_in_swedish_that_the_database_is_out_of_reach() {
        Object failure = new InternalAuthenticationServiceException(
                "Failed to obtain JDBC Connection",
                new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLNonTransientConnectionException("Socket fail to connect", "08000")));

        assertThat(LoginView.titleFor(failure, texts, Language.SWEDISH)).isEqualTo("Det går inte att logga in just nu");
        assertThat(LoginView.messageFor(failure, texts, Language.SWEDISH))
                .startsWith("Licensservern når inte sin databas");
    }
}
