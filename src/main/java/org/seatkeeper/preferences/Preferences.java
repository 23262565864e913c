package org.seatkeeper.preferences;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.seatkeeper.directory.LoginAccounts;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.RefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own preferences. Kept in the database, keyed by the account, so they follow
 * the person to any browser and any node; someone who never chose gets the light appearance and the
 * language and time zone of their browser.
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
        return column("appearance").map(Appearance::valueOf).orElse(Appearance.LIGHT);
    }

    @Transactional
    public void setAppearance(Appearance appearance) {
        Objects.requireNonNull(appearance, "appearance");
        store("appearance", appearance.name(), PreferencesRefusal.ACCOUNT_NOT_FOUND_APPEARANCE);
    }

    /** The language the person chose, if they chose one. */
    public Optional<Language> language() {
        return column("language").flatMap(Language::ofTag);
    }

    @Transactional
    public void setLanguage(Language language) {
        Objects.requireNonNull(language, "language");
        store("language", language.tag(), PreferencesRefusal.ACCOUNT_NOT_FOUND_LANGUAGE);
    }

    /** The time zone the person chose, if they chose one. */
    public Optional<ZoneId> timeZone() {
        return column("time_zone").flatMap(Preferences::zone);
    }

    /** Stores a time zone by its name ("Europe/Stockholm"); an unknown name is refused. */
    @Transactional
    public ZoneId setTimeZone(String name) {
        String typed = name == null ? "" : name.trim();
        ZoneId zone = zone(typed)
                .orElseThrow(() -> typed.isEmpty()
                        ? new RefusedException(PreferencesRefusal.ZONE_MISSING)
                        : new RefusedException(PreferencesRefusal.ZONE_UNKNOWN, typed));
        store("time_zone", zone.getId(), PreferencesRefusal.ACCOUNT_NOT_FOUND_ZONE);
        return zone;
    }

    /** A stored or typed zone name as a zone; empty for none or a name this Java does not know. */
    static Optional<ZoneId> zone(String name) {
        try {
            return name == null || name.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(name));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private Optional<String> column(String column) {
        return accounts.idOf(currentUser.name())
                .flatMap(me -> jdbc.sql("SELECT " + column + " FROM user_preference WHERE user_id = ?")
                        .param(me)
                        .query(String.class)
                        .optional());
    }

    /** {@code column} is always one of this class's own constants, never input. */
    private void store(String column, String value, PreferencesRefusal accountNotFound) {
        long me = accounts.idOf(currentUser.name()).orElseThrow(() -> new RefusedException(accountNotFound));
        jdbc.sql("INSERT INTO user_preference (user_id, " + column + ", updated_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE " + column + " = VALUES(" + column
                        + "), updated_at = VALUES(updated_at)")
                .param(me)
                .param(value)
                .param(DatabaseTime.parameter(Instant.now()))
                .update();
    }
}
