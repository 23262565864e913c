package org.seatkeeper.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.SqlConditions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user list's page and count queries, built as SQL so that MariaDB can use its indexes on
 * 100,000 users (docs/decisions/0007-users-grid-query.md): one condition per status instead of an
 * OR-chain, a keyword as word-prefix search (each term starts a first name, last name, username or
 * email), filters only when given, and a deferred join (page the ids on a covering index, then
 * fetch the display columns for those 50 rows) when the sort is on the user's own columns.
 */
@Component
class UserRowQuery {

    /** Grid sort keys and their SQL; any other key is refused. */
    static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("firstName", "u.first_name"),
            Map.entry("lastName", "u.last_name"),
            Map.entry("username", "u.username"),
            Map.entry("email", "u.email"),
            Map.entry("role", "u.role"),
            Map.entry("active", "u.active"),
            Map.entry("profile", "p.name"),
            Map.entry("licenceType", "t.name"),
            Map.entry("businessArea", "ba.name"),
            Map.entry("position", "pos.title"),
            Map.entry("concurrentClass", "u.concurrent_class"),
            Map.entry("validUntil", "u.valid_until"));

    private static final Set<String> OWN_COLUMNS =
            Set.of("firstName", "lastName", "username", "email", "role", "active", "concurrentClass", "validUntil");

    private static final String DISPLAY = """
            SELECT u.id, u.first_name, u.last_name, u.username, u.email, u.role, u.active, u.deleted_at,
                   u.valid_until, p.name AS profile, t.name AS licence_type, bp.name AS primary_area,
                   ba.name AS area, pos.title AS position, u.concurrent_class, u.password_hash IS NOT NULL AS has_password
            """;
    private static final String DISPLAY_JOINS = """
             LEFT JOIN profile p ON p.id = u.profile_id
             LEFT JOIN licence_type t ON t.id = p.licence_type_id
             LEFT JOIN business_area ba ON ba.id = u.business_area_id
             LEFT JOIN business_area bp ON bp.id = ba.parent_id
             LEFT JOIN job_position pos ON pos.id = u.position_id
            """;

    private final JdbcClient jdbc;

    UserRowQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Slice<UserRow> page(UserFilter filter, Pageable pageable) {
        SqlConditions where = where(filter);
        String orderBy = orderBy(pageable.getSort());
        List<Object> args = new ArrayList<>(where.args());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        String sql = ownColumnsOnly(pageable.getSort())
                ? DISPLAY + " FROM (SELECT u.id FROM app_user u" + where.where() + " ORDER BY " + orderBy
                        + " LIMIT ? OFFSET ?) page JOIN app_user u ON u.id = page.id" + DISPLAY_JOINS + " ORDER BY "
                        + orderBy
                : DISPLAY + " FROM app_user u" + DISPLAY_JOINS + where.where() + " ORDER BY " + orderBy
                        + " LIMIT ? OFFSET ?";
        List<UserRow> rows = jdbc.sql(sql).params(args).query(UserRowQuery::row).list();
        return new SliceImpl<>(rows, pageable, rows.size() == pageable.getPageSize());
    }

    long count(UserFilter filter) {
        SqlConditions where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM app_user u" + where.where())
                .params(where.args())
                .query(Long.class)
                .single();
    }

    /** The filter's conditions, with a pot's consumers looked up by the pot's key (an unknown pot keeps nobody). */
    private SqlConditions where(UserFilter filter) {
        SqlConditions where = conditions(filter);
        if (filter.potId() == null) {
            return where;
        }
        String pot = jdbc.sql("SELECT scope_key FROM named_pot WHERE id = ?")
                .param(filter.potId())
                .query(String.class)
                .optional()
                .map(key -> "u.id IN (" + PotLedger.consumerIds(PotKey.parse(key)) + ")")
                .orElse("FALSE");
        return where.add(pot);
    }

    static void checkSortable(Sort sort) {
        for (Sort.Order order : sort) {
            if (!SORTABLE.containsKey(order.getProperty())) {
                throw new RefusedException(DirectoryRefusal.SORT_UNKNOWN, order.getProperty());
            }
        }
    }

    private static boolean ownColumnsOnly(Sort sort) {
        return sort.stream().allMatch(order -> OWN_COLUMNS.contains(order.getProperty()));
    }

    private static String orderBy(Sort sort) {
        checkSortable(sort);
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            parts.add(SORTABLE.get(order.getProperty()) + (order.isAscending() ? " ASC" : " DESC"));
        }
        if (parts.isEmpty()) {
            parts.add("u.last_name ASC");
            parts.add("u.first_name ASC");
        }
        parts.add("u.id ASC");
        return String.join(", ", parts);
    }

    private static UserRow row(ResultSet rs, int n) throws SQLException {
        Instant deleted = DatabaseTime.instant(rs, "deleted_at");
        java.sql.Date validUntil = rs.getDate("valid_until");
        return new UserRow(
                rs.getLong("id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("username"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("active"),
                deleted,
                validUntil == null ? null : validUntil.toLocalDate(),
                rs.getString("profile"),
                rs.getString("licence_type"),
                rs.getString("primary_area"),
                rs.getString("area"),
                rs.getString("position"),
                ConcurrentClass.valueOf(rs.getString("concurrent_class")),
                rs.getBoolean("has_password"));
    }

    /** The filter's conditions on {@code app_user u}. */
    static SqlConditions conditions(UserFilter filter) {
        SqlConditions conditions = new SqlConditions()
                .add(
                        switch (filter.status()) {
                            case ALL -> "u.deleted_at IS NULL";
                            case ACTIVE -> "u.deleted_at IS NULL AND u.active = TRUE";
                            case INACTIVE -> "u.deleted_at IS NULL AND u.active = FALSE";
                            case DELETED -> "u.deleted_at IS NOT NULL";
                        });
        if (filter.keyword() != null) {
            for (String term : filter.keyword().trim().split("\\s+")) {
                String prefix = SqlConditions.likeLiteral(term) + "%";
                // Usernames compare exactly and are stored in lower case (rule 13): search them in lower case.
                conditions.add(
                        "(u.first_name LIKE ? OR u.last_name LIKE ? OR u.username LIKE ? OR u.email LIKE ?)",
                        prefix,
                        prefix,
                        prefix.toLowerCase(Locale.ROOT),
                        prefix);
            }
        }
        conditions.equal("u.profile_id", filter.profileId());
        if (filter.businessAreaId() != null) {
            conditions.add(
                    "u.business_area_id IN (SELECT id FROM business_area WHERE id = ? OR parent_id = ?)",
                    filter.businessAreaId(),
                    filter.businessAreaId());
        }
        return conditions
                .equal("u.role", filter.role() == null ? null : filter.role().name())
                .equal(
                        "u.concurrent_class",
                        filter.concurrentClass() == null
                                ? null
                                : filter.concurrentClass().name());
    }
}
