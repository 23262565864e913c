package org.seatkeeper.preferences;

import java.time.ZoneId;
import java.util.Optional;
import org.seatkeeper.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a message to an e-mail address is written in: the one its account chose, for mail sent
 * by the system (alerts) where nobody is signed in, so no method security; English when the address
 * belongs to no account or its account never chose.
 */
@Component
@Transactional(readOnly = true)
public class RecipientLanguages {

    private final JdbcClient jdbc;

    RecipientLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored language of the account with this e-mail address, if it chose one. */
    public Optional<Language> of(String email) {
        return jdbc.sql("""
                        SELECT p.language FROM app_user u JOIN user_preference p ON p.user_id = u.id
                        WHERE u.live_email = ? AND p.language IS NOT NULL""").param(email).query(String.class).optional().flatMap(Language::ofTag);
    }

    /** The language to write to this address in: its account's choice, else English. */
    public Language forAddress(String email) {
        return of(email).orElse(Language.ENGLISH);
    }

    /** How a message to an address is read: in its account's language and time zone. */
    public record Reader(Language language, ZoneId zone) {}

    /**
     * The language (else English) and time zone (else {@code otherwise}) that the account with this e-mail
     * address chose, so that the times in a message read as that person's own clock.
     */
    public Reader readerOf(String email, ZoneId otherwise) {
        Optional<ZoneId> zone = jdbc.sql("""
                        SELECT p.time_zone FROM app_user u JOIN user_preference p ON p.user_id = u.id
                        WHERE u.live_email = ? AND p.time_zone IS NOT NULL""")
                .param(email)
                .query(String.class)
                .optional()
                .filter(ZoneId.getAvailableZoneIds()::contains)
                .map(ZoneId::of);
        return new Reader(forAddress(email), zone.orElse(otherwise));
    }
}
