package org.seatkeeper.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.DatabaseTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The alert tables (016-usage-alerts.sql), read and written in the caller's transaction. */
@Component
class AlertStore {

    private static final String EPISODE = """
            SELECT id, pool, kind, began_at, raised_at, cleared_at, in_use, capacity, refusals, percent, minutes,
                acknowledged_by, acknowledged_at FROM alert_episode\s""";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // rules

    List<AlertRule> rules() {
        return jdbc
                .sql("SELECT pool, high_use_enabled, high_use_percent, high_use_minutes, refusal_enabled, version"
                        + " FROM alert_rule")
                .query((rs, n) -> new AlertRule(
                        ConcurrentPool.valueOf(rs.getString("pool")),
                        rs.getBoolean("high_use_enabled"),
                        rs.getInt("high_use_percent"),
                        rs.getInt("high_use_minutes"),
                        rs.getBoolean("refusal_enabled"),
                        rs.getLong("version")))
                .list()
                .stream()
                .sorted((a, b) -> a.pool().compareTo(b.pool()))
                .toList();
    }

    /** False when the rule was changed since it was read. */
    boolean update(AlertRule rule) {
        return jdbc.sql("""
                        UPDATE alert_rule SET high_use_enabled = ?, high_use_percent = ?, high_use_minutes = ?,
                            refusal_enabled = ?, version = version + 1 WHERE pool = ? AND version = ?""")
                        .params(
                                rule.highUse(),
                                rule.percent(),
                                rule.minutes(),
                                rule.refusal(),
                                rule.pool().name(),
                                rule.version())
                        .update()
                == 1;
    }

    // destinations

    AlertDestinations destinations() {
        return jdbc.sql("SELECT webhook_url, webhook_secret IS NOT NULL AS secret_set, email_recipients, version"
                        + " FROM alert_destination WHERE id = 1")
                .query((rs, n) -> new AlertDestinations(
                        nonNull(rs.getString("webhook_url")),
                        rs.getBoolean("secret_set"),
                        nonNull(rs.getString("email_recipients")),
                        rs.getLong("version")))
                .single();
    }

    Optional<String> webhookSecret() {
        return jdbc.sql("SELECT webhook_secret FROM alert_destination WHERE id = 1")
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single();
    }

    /** {@code secret} null keeps the stored one. False when changed since {@code version} was read. */
    boolean update(String webhookUrl, String secret, String recipients, long version) {
        return jdbc.sql("""
                        UPDATE alert_destination SET webhook_url = ?, webhook_secret = COALESCE(?, webhook_secret),
                            email_recipients = ?, version = version + 1 WHERE id = 1 AND version = ?""")
                        .params(emptyToNull(webhookUrl), secret, emptyToNull(recipients), version)
                        .update()
                == 1;
    }

    // episodes

    List<OpenAlert> open() {
        return jdbc.sql(EPISODE + "WHERE cleared_at IS NULL ORDER BY began_at, id")
                .query(AlertStore::alert)
                .list();
    }

    List<OpenAlert> openUnacknowledged() {
        return jdbc.sql(EPISODE + "WHERE cleared_at IS NULL AND acknowledged_at IS NULL ORDER BY began_at, id")
                .query(AlertStore::alert)
                .list();
    }

    int openCount() {
        return jdbc.sql("SELECT COUNT(*) FROM alert_episode WHERE cleared_at IS NULL")
                .query(Integer.class)
                .single();
    }

    Optional<OpenAlert> episode(long id) {
        return jdbc.sql(EPISODE + "WHERE id = ?")
                .param(id)
                .query(AlertStore::alert)
                .optional();
    }

    List<AlertEpisode> episodes(int offset, int limit) {
        return jdbc.sql(EPISODE + "ORDER BY raised_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query((rs, n) -> new AlertEpisode(
                        alert(rs, n),
                        DatabaseTime.instant(rs, "raised_at"),
                        rs.getString("acknowledged_by"),
                        DatabaseTime.instant(rs, "acknowledged_at")))
                .list();
    }

    int episodeCount() {
        return jdbc.sql("SELECT COUNT(*) FROM alert_episode")
                .query(Integer.class)
                .single();
    }

    /**
     * Opens an episode unless one of this pool and kind is open: the unique key on open episodes refuses a
     * second, whichever node tries. Empty when one was open already.
     */
    Optional<Long> raise(
            ConcurrentPool pool, AlertKind kind, AlertConditions.Seen seen, int refusals, AlertRule rule, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO alert_episode (pool, kind, began_at, raised_at, in_use, capacity, refusals,
                                percent, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            pool.name(),
                            kind.name(),
                            DatabaseTime.parameter(seen.since()),
                            DatabaseTime.parameter(now),
                            seen.inUse(),
                            seen.capacity(),
                            refusals,
                            rule.percent(),
                            rule.minutes())
                    .update(key, "id");
        } catch (DuplicateKeyException alreadyOpen) {
            return Optional.empty();
        }
        return Optional.of(key.getKey().longValue());
    }

    /** The latest figures of an open episode. */
    void refresh(long id, int inUse, int capacity, int refusals) {
        jdbc.sql("UPDATE alert_episode SET in_use = ?, capacity = ?, refusals = ? WHERE id = ? AND cleared_at IS NULL")
                .params(inUse, capacity, refusals, id)
                .update();
    }

    /** Ends it with the figures it ended with; false when another node cleared it first. */
    boolean clear(long id, int inUse, int capacity, Instant now) {
        return jdbc.sql("UPDATE alert_episode SET cleared_at = ?, in_use = ?, capacity = ? WHERE id = ?"
                                + " AND cleared_at IS NULL")
                        .params(DatabaseTime.parameter(now), inUse, capacity, id)
                        .update()
                == 1;
    }

    /** False when it was acknowledged already. */
    boolean acknowledge(long id, String by, Instant now) {
        return jdbc.sql("UPDATE alert_episode SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?"
                                + " AND acknowledged_at IS NULL")
                        .params(by, DatabaseTime.parameter(now), id)
                        .update()
                == 1;
    }

    private static OpenAlert alert(ResultSet rs, int n) throws SQLException {
        return new OpenAlert(
                rs.getLong("id"),
                ConcurrentPool.valueOf(rs.getString("pool")),
                AlertKind.valueOf(rs.getString("kind")),
                DatabaseTime.instant(rs, "began_at"),
                DatabaseTime.instant(rs, "cleared_at"),
                rs.getInt("in_use"),
                rs.getInt("capacity"),
                rs.getInt("refusals"),
                rs.getInt("percent"),
                rs.getInt("minutes"));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
