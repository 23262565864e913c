package org.seatkeeper.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Triggers and stored routines created while the embedded server skipped its grant tables name the
 * definer {@code ''@''}, an account that does not exist once grants are on: every use then fails with
 * "The user specified as a definer ('@') does not exist" (a seat taken updates {@code seat_pool},
 * whose trigger records usage). At each start, those of the application's schema are created again
 * under the application's own account, as they would have been with grants on, each with its original
 * {@code sql_mode}. Nothing else is touched; a schema without such objects costs one query.
 */
final class OrphanedDefiners {

    private static final Pattern DEFINER = Pattern.compile("^CREATE\\s+DEFINER=\\S*\\s+");

    private OrphanedDefiners() {}

    /** Returns how many triggers and routines were taken over. */
    static int adopt(Connection connection, String schema) throws SQLException {
        List<String[]> orphans = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement("""
                SELECT 'TRIGGER', TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? AND DEFINER = '@'
                UNION ALL
                SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? AND DEFINER = '@'""")) {
            find.setString(1, schema);
            find.setString(2, schema);
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    orphans.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        for (String[] orphan : orphans) {
            recreate(connection, schema, orphan[0], orphan[1]);
        }
        return orphans.size();
    }

    private static void recreate(Connection connection, String schema, String kind, String name) throws SQLException {
        String qualified = "`" + schema + "`.`" + name.replace("`", "``") + "`";
        String sqlMode;
        String definition;
        try (Statement show = connection.createStatement();
                ResultSet created = show.executeQuery("SHOW CREATE " + kind + " " + qualified)) {
            created.next();
            sqlMode = created.getString(2);
            definition = created.getString(3);
        }
        try (Statement change = connection.createStatement();
                PreparedStatement mode = connection.prepareStatement("SET SESSION sql_mode = ?")) {
            mode.setString(1, sqlMode);
            mode.execute();
            change.execute("DROP " + kind + " " + qualified);
            change.execute(DEFINER.matcher(definition).replaceFirst("CREATE "));
        }
    }
}
