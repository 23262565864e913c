package org.seatkeeper.security;

import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.shared.PasswordGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a first start with no administrator, creates {@code admin}. The password comes from
 * SEATKEEPER_ADMIN_PASSWORD or is generated and printed once: there is never a fixed default.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final LoginAccounts accounts;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    FirstAdministrator(LoginAccounts accounts, PasswordEncoder encoder, SecuritySettings settings) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.configuredPassword = settings.adminPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministratorExists()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? PasswordGenerator.generate() : configuredPassword;
        accounts.createFirstAdministrator(USERNAME, encoder.encode(password));
        if (generated) {
            log.warn("""

                    ==================================================================
                    First start: created administrator '{}' with the generated password
                        {}
                    It is shown only this once. Sign in and change it under My account.
                    ==================================================================""", USERNAME, password);
        } else {
            log.info(
                    "First start: created administrator '{}' with the password from SEATKEEPER_ADMIN_PASSWORD",
                    USERNAME);
        }
    }
}
