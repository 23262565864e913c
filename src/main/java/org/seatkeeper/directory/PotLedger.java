package org.seatkeeper.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.shared.RefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts named-pot consumption straight from the users (rule 2) and guards rule 1. Everything here
 * goes through JDBC in the caller's transaction: the pot rows are locked with SELECT ... FOR UPDATE
 * in id order before anything is counted, so two administrators cannot both take the last licence.
 * Callers run at READ COMMITTED so the count after the lock sees what the other one committed.
 */
@Component
class PotLedger {

    /** Who consumes licences at all; the scope-specific conditions are added per pot. */
    private static final String CONSUMERS = """
            FROM app_user u
            JOIN profile p ON p.id = u.profile_id
            JOIN licence_type t ON t.id = p.licence_type_id
            WHERE u.deleted_at IS NULL AND u.active = TRUE AND u.role = 'USER' AND t.free = FALSE
            """;

    private static final String SIGNS_IN =
            " AND t.can_log_in = TRUE AND u.username IS NOT NULL AND u.password_hash IS NOT NULL";

    private final JdbcClient jdbc;

    PotLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pot row as read under its lock. */
    record LockedPot(long id, PotKey key, PotName name, int capacity) {
        String label() {
            return name.label();
        }
    }

    private static String condition(PotKey key) {
        return switch (key.scope()) {
            case ACTIVE_USERS -> SIGNS_IN;
            case LICENCE_TYPE ->
                " AND t.id = :ref AND (t.can_log_in = FALSE OR (u.username IS NOT NULL"
                        + " AND u.password_hash IS NOT NULL))";
            case MODULE ->
                SIGNS_IN + " AND EXISTS (SELECT 1 FROM profile_module pm"
                        + " WHERE pm.profile_id = p.id AND pm.module_id = :ref)";
        };
    }

    /**
     * The ids of a pot's consumers as a sub-query, for the user list's filter: the same conditions
     * that count its use. The reference id is a number, written in place.
     */
    static String consumerIds(PotKey key) {
        return "SELECT u.id " + CONSUMERS + condition(key).replace(":ref", Long.toString(key.refId()));
    }

    int inUse(PotKey key) {
        return jdbc.sql("SELECT COUNT(*) " + CONSUMERS + condition(key))
                .param("ref", key.refId())
                .query(Integer.class)
                .single();
    }

    /** Names of the people who consume a pot, for the rule 3 message and the pot detail view. */
    List<String> consumers(PotKey key, int limit) {
        return jdbc.sql("SELECT CONCAT(u.first_name, ' ', u.last_name, COALESCE(CONCAT(' (', u.username, ')'), ''))"
                        + CONSUMERS + condition(key) + " ORDER BY u.last_name, u.first_name, u.id LIMIT :limit")
                .param("ref", key.refId())
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /** Locks the pots with the given keys in id order and returns them; keys without a pot are unlimited. */
    List<LockedPot> lock(Collection<PotKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> scopeKeys = keys.stream().map(PotKey::key).toList();
        List<Object[]> rows = jdbc.sql("SELECT id, scope_key, capacity FROM named_pot WHERE scope_key IN (:keys)"
                        + " ORDER BY id FOR UPDATE")
                .param("keys", scopeKeys)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})
                .list();
        List<LockedPot> pots = new ArrayList<>();
        for (Object[] row : rows) {
            PotKey key = PotKey.parse((String) row[1]);
            pots.add(new LockedPot((Long) row[0], key, name(key), (Integer) row[2]));
        }
        return pots;
    }

    String label(PotKey key) {
        return name(key).label();
    }

    PotName name(PotKey key) {
        return new PotName(
                key.scope(),
                switch (key.scope()) {
                    case ACTIVE_USERS -> null;
                    case LICENCE_TYPE ->
                        jdbc.sql("SELECT name FROM licence_type WHERE id = :id")
                                .param("id", key.refId())
                                .query(String.class)
                                .single();
                    case MODULE ->
                        jdbc.sql("SELECT name FROM licensed_module WHERE id = :id")
                                .param("id", key.refId())
                                .query(String.class)
                                .single();
                });
    }

    /**
     * The pots that the additions take more licences from, with their figures. With {@code lock} the
     * pot rows are locked first (commands); without, it is a preview.
     */
    List<PotImpact> impacts(Map<PotKey, Integer> additions, boolean lock) {
        Map<PotKey, Integer> wanted = new LinkedHashMap<>();
        additions.forEach((k, v) -> {
            if (v > 0) {
                wanted.put(k, v);
            }
        });
        return figures(wanted, lock);
    }

    /** A preview of every pot the change touches: those it takes more from and those it frees. */
    List<PotImpact> changes(Map<PotKey, Integer> delta) {
        Map<PotKey, Integer> touched = new LinkedHashMap<>();
        delta.forEach((k, v) -> {
            if (v != 0) {
                touched.put(k, v);
            }
        });
        return figures(touched, false);
    }

    private List<PotImpact> figures(Map<PotKey, Integer> wanted, boolean lock) {
        List<LockedPot> pots = lock ? lock(wanted.keySet()) : read(wanted.keySet());
        List<PotImpact> result = new ArrayList<>();
        for (LockedPot pot : pots) {
            result.add(new PotImpact(pot.name(), inUse(pot.key()), pot.capacity(), wanted.get(pot.key())));
        }
        result.sort(Comparator.comparing(PotImpact::pot));
        return result;
    }

    private List<LockedPot> read(Collection<PotKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> scopeKeys = keys.stream().map(PotKey::key).toList();
        return jdbc.sql("SELECT id, scope_key, capacity FROM named_pot WHERE scope_key IN (:keys) ORDER BY id")
                .param("keys", scopeKeys)
                .query((rs, i) -> {
                    PotKey key = PotKey.parse(rs.getString(2));
                    return new LockedPot(rs.getLong(1), key, name(key), rs.getInt(3));
                })
                .list();
    }

    /** Rule 1: locks the affected pots, then refuses, naming every pot and its figures, if one would overflow. */
    void ensureRoom(Map<PotKey, Integer> additions, DirectoryRefusal refusal, String who) {
        List<PotImpact> overflowing =
                impacts(additions, true).stream().filter(p -> !p.fits()).toList();
        if (!overflowing.isEmpty()) {
            PotImpact first = overflowing.getFirst();
            // a second pot overflowing at once is rare: it follows in the English of the logs
            String others = overflowing.stream()
                    .skip(1)
                    .map(p -> "; " + p.describe())
                    .collect(java.util.stream.Collectors.joining());
            throw new RefusedException(
                    refusal, who, first.name().term(), first.inUse(), first.capacity(), first.additional(), others);
        }
    }

    /** Pots newly consumed when going from the before to the after holdings of the same people. */
    static Map<PotKey, Integer> additions(
            Collection<LicenceConsumption.Holding> before, Collection<LicenceConsumption.Holding> after) {
        Map<PotKey, Integer> delta = new LinkedHashMap<>();
        after.forEach(h -> LicenceConsumption.consumedBy(h).forEach(k -> delta.merge(k, 1, Integer::sum)));
        before.forEach(h -> LicenceConsumption.consumedBy(h).forEach(k -> delta.merge(k, -1, Integer::sum)));
        return delta;
    }

    /** Locks a concurrent pool row and returns its capacity. */
    int lockPool(ConcurrentPool kind) {
        return jdbc.sql("SELECT capacity FROM concurrent_pool_capacity WHERE kind = :kind FOR UPDATE")
                .param("kind", kind.name())
                .query(Integer.class)
                .single();
    }

    /** Locks a directory setting row and returns its value. */
    int lockSetting(String name) {
        return jdbc.sql("SELECT int_value FROM directory_setting WHERE name = :name FOR UPDATE")
                .param("name", name)
                .query(Integer.class)
                .single();
    }

    int activeAdministrators() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND active = TRUE"
                        + " AND deleted_at IS NULL")
                .query(Integer.class)
                .single();
    }

    List<String> reservedUsers() {
        return jdbc.sql("SELECT CONCAT(first_name, ' ', last_name, COALESCE(CONCAT(' (', username, ')'), ''))"
                        + " FROM app_user WHERE concurrent_class = 'RESERVED' AND deleted_at IS NULL"
                        + " ORDER BY last_name, first_name, id")
                .query(String.class)
                .list();
    }
}
