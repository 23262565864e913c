package org.seatkeeper.preferences;

import java.time.Instant;
import java.util.Objects;

import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.RefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own preferences. Kept in the database, keyed by the account, so they follow
 * the person to any browser and any node; someone who never chose gets the light appearance.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class Preferences {

    private final JdbcClient jdbc;
    private final LoginAccounts accounts;
    private final CurrentUser currentUser;

    Preferences(JdbcClient jdbc, LoginAccounts accounts, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    public Appearance appearance() {
        return accounts.idOf(currentUser.name())
                .flatMap(me -> jdbc.sql("SELECT appearance FROM user_preference WHERE user_id = ?")
                        .param(me).query(String.class).optional())
                .map(Appearance::valueOf)
                .orElse(Appearance.LIGHT);
    }

    @Transactional
    public void setAppearance(Appearance appearance) {
        Objects.requireNonNull(appearance, "appearance");
        long me = accounts.idOf(currentUser.name())
                .orElseThrow(() -> new RefusedException("Your account was not found, so the appearance cannot be remembered."));
        jdbc.sql("""
                        INSERT INTO user_preference (user_id, appearance, updated_at) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE appearance = VALUES(appearance), updated_at = VALUES(updated_at)""")
                .param(me).param(appearance.name()).param(DatabaseTime.parameter(Instant.now()))
                .update();
    }
}
