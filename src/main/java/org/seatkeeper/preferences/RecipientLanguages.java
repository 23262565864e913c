package org.seatkeeper.preferences;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language and time zone a message to an e-mail address is written in: the ones its account chose,
 * for mail sent by the system (alerts) where nobody is signed in, so no method security; English and the
 * caller's zone when the address belongs to no account or its account never chose.
 */
@Component
@Transactional(readOnly = true)
public class RecipientLanguages {

    private final JdbcClient jdbc;

    RecipientLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How a message to an address is read: in its account's language and time zone. */
    public record Reader(Language language, ZoneId zone) {}

    /**
     * The language (else English) and time zone (else {@code otherwise}) that the account with this e-mail
     * address chose, so that the times in a message read as that person's own clock.
     */
    public Reader readerOf(String email, ZoneId otherwise) {
        Optional<Map<String, Object>> chosen =
                jdbc.sql("""
                        SELECT p.language, p.time_zone FROM app_user u JOIN user_preference p ON p.user_id = u.id
                        WHERE u.live_email = ?""").param(email).query().listOfRows().stream().findFirst();
        Language language = chosen.map(row -> (String) row.get("language"))
                .flatMap(Language::ofTag)
                .orElse(Language.ENGLISH);
        ZoneId zone = chosen.map(row -> (String) row.get("time_zone"))
                .flatMap(Preferences::zone)
                .orElse(otherwise);
        return new Reader(language, zone);
    }
}
